package io.kontor.standalone;

import com.fasterxml.jackson.databind.JsonNode;
import io.kontor.platform.testing.Http;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static org.assertj.core.api.Assertions.assertThat;

/** Leads over HTTP: capture, qualification, matching and all-or-nothing conversion. */
class LeadEndToEndTest extends StandaloneTest {

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private Http.Response capture(String first, String last, String email, String company, String website) {
        Map<String, Object> body = new HashMap<>(Map.of("firstName", first, "lastName", last, "email", email,
                "companyName", company));
        if (website != null) {
            body.put("website", website);
        }
        Http.Response captured = service().post("/api/leads", body);
        assertThat(captured.status()).as("%s", captured).isEqualTo(201);
        return captured;
    }

    private String qualifiedLead(String email, String company) {
        String lead = capture("Jan", "Kowalski", email, company, null).id();
        assertThat(service().post("/api/leads/" + lead + "/qualify", Map.of()).status()).isEqualTo(200);
        return lead;
    }

    @Test
    void qualifiesWithTheShippedQuestionnaireOrRefusesWithTheScore() {
        JsonNode questionnaire = analyst().get("/api/questionnaires/lead").json();
        assertThat(questionnaire.path("threshold").asInt()).isBetween(1, 100);
        assertThat(questionnaire.path("questions")).extracting(q -> q.path("id").asText())
                .contains("budget", "authority", "need", "timeline");

        String lead = capture("Ewa", "Nowak", "ewa." + unique() + "@nowak.pl", "Nowak S.A.", null).id();
        Http.Response low = service().post("/api/leads/" + lead + "/qualify", Map.of("answers", Map.of("budget", "none")));
        assertThat(low.status()).isEqualTo(409);
        assertThat(low.json().path("score").asInt()).isZero();
        Http.Response unknown = service().post("/api/leads/" + lead + "/qualify", Map.of("answers", Map.of("budget", "lots")));
        assertThat(unknown.status()).isEqualTo(400);

        Http.Response high = service().post("/api/leads/" + lead + "/qualify", Map.of("answers",
                Map.of("budget", "confirmed", "authority", "decision-maker", "need", "urgent", "timeline", "within-3-months")));
        assertThat(high.status()).isEqualTo(200);
        JsonNode view = readAfter(high, "/api/leads/" + lead).json();
        assertThat(view.path("status").asText()).isEqualTo("QUALIFIED");
        assertThat(view.path("score").asInt()).isEqualTo(82);
        assertThat(service().post("/api/leads/" + lead + "/qualify", Map.of()).status()).isEqualTo(409);
        assertThat(readAfter(high, "/api/leads?status=QUALIFIED&size=500").json().path("content"))
                .extracting(node -> node.path("id").asText()).contains(lead);
    }

    @Test
    void oneOpenLeadPerEmailEvenWhenCapturedAtOnce() throws Exception {
        String email = "race." + unique() + "@acme.pl";
        CyclicBarrier start = new CyclicBarrier(5);
        List<CompletableFuture<Http.Response>> answers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String variant = i % 2 == 0 ? email : email.toUpperCase();
            answers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return service().post("/api/leads", Map.of("firstName", "A", "lastName", "B", "email", variant,
                        "companyName", "Acme"));
            }));
        }
        List<Http.Response> results = new ArrayList<>();
        for (CompletableFuture<Http.Response> answer : answers) {
            results.add(answer.get());
        }
        List<Http.Response> created = results.stream().filter(answer -> answer.status() == 201).toList();
        assertThat(created).hasSize(1);
        assertThat(results).filteredOn(answer -> answer.status() == 409)
                .hasSize(4)
                .allSatisfy(refused -> assertThat(refused.json().path("leadId").asText()).isEqualTo(created.get(0).id()));

        service().post("/api/leads/" + created.get(0).id() + "/disqualify", Map.of("reason", "duplicate test"));
        assertThat(service().post("/api/leads", Map.of("firstName", "A", "lastName", "B", "email", email,
                "companyName", "Acme")).status()).as("a disqualified lead frees its email").isEqualTo(201);
    }

    @Test
    void convertsIntoANewAccountWithAContactAndAnOpportunity() {
        String lead = qualifiedLead("anna." + unique() + "@zaklad.pl", "Zakład Łódź Sp. z o.o.");
        Http.Response converted = service().post("/api/leads/" + lead + "/convert", Map.of(
                "account", Map.of("kind", "LOCATION", "country", "PL", "region", "PL-10"),
                "opportunity", Map.of("name", "Chłodnie", "value", Map.of("amount", "48000.00", "currency", "PLN"),
                        "expectedCloseDate", "2026-06-30")));
        assertThat(converted.status()).as("%s", converted).isEqualTo(200);
        JsonNode result = converted.json();
        String account = result.path("accountId").asText();

        JsonNode accountView = readAfter(converted, "/api/accounts/" + account).json();
        assertThat(accountView.path("name").asText()).as("the company name of the lead").isEqualTo("Zakład Łódź Sp. z o.o.");
        assertThat(accountView.path("region").asText()).isEqualTo("PL-10");
        assertThat(readAfter(converted, "/api/contacts/" + result.path("contactId").asText()).json().path("accountId").asText())
                .isEqualTo(account);
        JsonNode opportunity = readAfter(converted, "/api/opportunities/" + result.path("opportunityId").asText()).json();
        assertThat(opportunity.path("value").path("amount").asText()).isEqualTo("48000.00");
        JsonNode leadView = readAfter(converted, "/api/leads/" + lead).json();
        assertThat(leadView.path("status").asText()).isEqualTo("CONVERTED");
        assertThat(leadView.path("accountId").asText()).isEqualTo(account);
        assertThat(leadView.path("opportunityId").asText()).isEqualTo(result.path("opportunityId").asText());
        assertThat(readAfter(converted, "/api/accounts/" + account + "/opportunities").json().path("totalElements").asLong())
                .isEqualTo(1);

        Http.Response again = service().post("/api/leads/" + lead + "/convert", Map.of("accountId", account));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().path("accountId").asText()).as("the refusal says where the lead went").isEqualTo(account);
        assertThat(again.json().path("status").asInt()).as("problem status stays the HTTP code").isEqualTo(409);
        assertThat(again.json().path("leadStatus").asText()).isEqualTo("CONVERTED");
    }

    @Test
    void convertsIntoAnExistingAccountReusingTheContactWithTheSameEmail() {
        String email = "hans." + unique() + "@mueller.de";
        String account = openAccount(Map.of("name", "Müller GmbH")).id();
        Http.Response existing = service().post("/api/accounts/" + account + "/contacts",
                Map.of("firstName", "Hans", "lastName", "Müller", "email", email));
        String lead = qualifiedLead(email.toUpperCase(), "Müller GmbH");

        Http.Response converted = service().post("/api/leads/" + lead + "/convert", Map.of("accountId", account));
        assertThat(converted.status()).isEqualTo(200);
        assertThat(converted.json().path("contactId").asText()).isEqualTo(existing.id());
        assertThat(converted.json().path("opportunityId").isNull()).isTrue();
        assertThat(readAfter(converted, "/api/accounts/" + account + "/contacts").json().path("totalElements").asLong())
                .as("no duplicate contact").isEqualTo(1);
    }

    @Test
    void aRefusedPartLeavesEverythingAsItWasAndTheLeadQualified() {
        String email = "piet." + unique() + "@hoekstra.nl";
        String lead = qualifiedLead(email, "Hoekstra B.V.");
        Http.Response before = service().get("/api/accounts?q=hoekstra&size=500");

        Http.Response invalidOpportunity = service().post("/api/leads/" + lead + "/convert", Map.of(
                "account", Map.of("name", "Hoekstra B.V. " + email),
                "opportunity", Map.of("name", "Ovens", "value", Map.of("amount", "1.5", "currency", "JPY"))));
        assertThat(invalidOpportunity.status()).isEqualTo(400);
        assertThat(invalidOpportunity.json().path("errors").get(0).path("field").asText()).isEqualTo("opportunity.value.amount");

        String closed = openAccount(Map.of("name", "Closed " + email)).id();
        Http.Response closedAnswer = service().post("/api/accounts/" + closed + "/close", Map.of());
        Http.Response intoClosed = service().post("/api/leads/" + lead + "/convert", Map.of("accountId", closed));
        assertThat(intoClosed.status()).isEqualTo(409);
        assertThat(intoClosed.json().path("rule").asText()).isEqualTo("account-closed");

        JsonNode leadView = readAfter(closedAnswer, "/api/leads/" + lead).json();
        assertThat(leadView.path("status").asText()).isEqualTo("QUALIFIED");
        assertThat(leadView.path("version").asLong()).isEqualTo(1);
        assertThat(readAfter(closedAnswer, "/api/accounts?q=" + email + "&size=500").json().path("content"))
                .extracting(node -> node.path("name").asText()).containsExactly("Closed " + email);
        assertThat(before.status()).isEqualTo(200);

        Http.Response retried = service().post("/api/leads/" + lead + "/convert", Map.of("account", Map.of()));
        assertThat(retried.status()).as("the same conversion, corrected, succeeds").isEqualTo(200);
    }

    @Test
    void matchesAccountsByWebsiteEmailDomainOrCompanyNameInEveryLanguage() {
        String tag = unique();
        String polish = openAccount(Map.of("name", "Zakłady Mięsne Łódź " + tag + " Sp. z o.o.")).id();
        String german = openAccount(Map.of("name", "Bäckerei " + tag, "website", "https://www.baeckerei-" + tag + ".de")).id();
        String dutch = openAccount(Map.of("name", "Bakkerij " + tag + " B.V.")).id();
        Http.Response dutchContact = service().post("/api/accounts/" + dutch + "/contacts",
                Map.of("firstName", "Piet", "lastName", "de Vries", "email", "piet@bakkerij-" + tag + ".nl"));
        String russian = openAccount(Map.of("name", "ООО «Ромашка " + tag + "»")).id();

        String byName = capture("Marek", "Wójcik", "marek." + tag + "@gmail.com", "ZAKLADY MIESNE LODZ " + tag, null).id();
        String byWebsite = capture("Jörg", "Weiß", "joerg." + tag + "@web.de", "Weiß Backwaren",
                "baeckerei-" + tag + ".de/shop").id();
        String byEmail = capture("Jan", "Jansen", "jan@bakkerij-" + tag + ".nl", "Something else " + tag, null).id();
        Http.Response byRussianName = capture("Ольга", "Иванова", "olga." + tag + "@mail.ru", "Ромашка " + tag + " ООО", null);

        assertThat(dutchContact.status()).isEqualTo(201);
        assertThat(matches(byName, byRussianName)).containsExactly(polish + ":SAME_COMPANY_NAME");
        assertThat(matches(byWebsite, byRussianName)).containsExactly(german + ":SAME_WEBSITE_DOMAIN");
        assertThat(matches(byEmail, byRussianName)).containsExactly(dutch + ":SAME_EMAIL_DOMAIN");
        assertThat(matches(byRussianName.id(), byRussianName)).containsExactly(russian + ":SAME_COMPANY_NAME");
    }

    @Test
    void theStrongestEvidenceComesFirst() {
        String tag = unique();
        String sameName = openAccount(Map.of("name", "Kowalski " + tag + " S.A.")).id();
        String sameSite = openAccount(Map.of("name", "KW Group " + tag, "website", "kowalski-" + tag + ".pl")).id();
        Http.Response lead = capture("Adam", "Kowalski", "adam@kowalski-" + tag + ".pl", "Kowalski " + tag,
                "www.kowalski-" + tag + ".pl");
        assertThat(matches(lead.id(), lead)).containsExactly(sameSite + ":SAME_WEBSITE_DOMAIN",
                sameName + ":SAME_COMPANY_NAME");
    }

    /** The lead's matches as "accountId:REASON", once the projections have seen {@code after}. */
    private List<String> matches(String lead, Http.Response after) {
        JsonNode matches = readAfter(after, "/api/leads/" + lead + "/matches").json();
        List<String> found = new ArrayList<>();
        matches.forEach(match -> found.add(match.path("accountId").asText() + ":" + match.path("reason").asText()));
        return found;
    }
}

package io.kontor.query.lead;

import io.kontor.api.common.NotFoundException;
import io.kontor.api.common.PageRequest;
import io.kontor.api.lead.FindLead;
import io.kontor.api.lead.FindLeadMatches;
import io.kontor.api.lead.LeadMatch;
import io.kontor.api.lead.LeadPage;
import io.kontor.api.lead.LeadStatus;
import io.kontor.api.lead.LeadView;
import io.kontor.api.lead.ListLeads;
import io.kontor.api.lead.Questionnaire;
import io.kontor.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

@RestController
@Tag(name = "Leads")
public class LeadQueryController {

    private final QueryGateway queries;
    private final Questionnaire questionnaire;

    public LeadQueryController(QueryGateway queries, Questionnaire questionnaire) {
        this.queries = queries;
        this.questionnaire = questionnaire;
    }

    @GetMapping(path = "/api/leads/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The lead with its status, score and, once converted, where it went")
    public ResponseEntity<LeadView> lead(@PathVariable UUID id) {
        LeadView lead = queries.query(new FindLead(id), ResponseTypes.optionalInstanceOf(LeadView.class)).join()
                .orElseThrow(() -> new NotFoundException("lead", id));
        return ResponseEntity.ok().eTag(Versions.etag(lead.version())).body(lead);
    }

    @GetMapping(path = "/api/leads", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Leads, newest first, optionally of one status")
    public LeadPage leads(@RequestParam(required = false) LeadStatus status, @RequestParam(defaultValue = "0") int page,
                          @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
        return queries.query(new ListLeads(status, new PageRequest(page, size)), LeadPage.class).join();
    }

    @GetMapping(path = "/api/leads/{id}/matches", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Open accounts the lead probably belongs to, best first, each with its reasons")
    public List<LeadMatch> matches(@PathVariable UUID id) {
        return queries.query(new FindLeadMatches(id), ResponseTypes.multipleInstancesOf(LeadMatch.class)).join();
    }

    @GetMapping(path = "/api/questionnaires/lead", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The lead questionnaire: questions with weighted answers and the qualifying threshold")
    public Questionnaire questionnaire() {
        return questionnaire;
    }
}

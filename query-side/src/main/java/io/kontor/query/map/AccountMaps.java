package io.kontor.query.map;

import io.kontor.api.common.InvalidInputException;
import io.kontor.api.common.NotFoundException;
import io.kontor.api.map.AccountMap;
import io.kontor.api.map.ContactRelationships;
import io.kontor.api.map.FindAccountMap;
import io.kontor.api.map.FindContactRelationships;
import io.kontor.api.map.FindMapReviews;
import io.kontor.api.map.MapAccount;
import io.kontor.api.map.MapEdge;
import io.kontor.api.map.MapNode;
import io.kontor.api.map.MapOpportunity;
import io.kontor.api.map.MapReview;
import io.kontor.api.opportunity.Stakeholder;
import io.kontor.api.relationship.Relationship;
import io.kontor.platform.visibility.Scope;
import io.kontor.platform.visibility.Visibility;
import org.springframework.jdbc.core.JdbcTemplate;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Answers the account map queries: reads what the map shows, places everyone on the grid and the onion, finds what is missing. */
@Component
public class AccountMaps {

    private static final Comparator<MapNode> NODE_ORDER = Comparator.comparingInt(MapNode::ring)
            .thenComparing(MapNode::lastName).thenComparing(MapNode::firstName).thenComparing(MapNode::contactId);
    private static final Comparator<MapAccount> ACCOUNT_ORDER = Comparator.comparing((MapAccount account) -> !account.inHierarchy())
            .thenComparing(MapAccount::name).thenComparing(MapAccount::id);
    private static final Comparator<MapEdge> EDGE_ORDER = Comparator.comparing(MapEdge::from).thenComparing(MapEdge::type)
            .thenComparing(MapEdge::to).thenComparing(MapEdge::id);

    private final MapReader reader;
    private final Visibility visibility;
    private final JdbcTemplate jdbc;

    public AccountMaps(MapReader reader, Visibility visibility, JdbcTemplate jdbc) {
        this.reader = reader;
        this.visibility = visibility;
        this.jdbc = jdbc;
    }

    @QueryHandler
    public AccountMap handle(FindAccountMap query) {
        MapReader.At at = new MapReader.At(query.asOf());
        UUID headquarters = reader.headquartersOf(query.accountId(), at).orElseThrow(() -> query.asOf() == null
                ? new NotFoundException("account", query.accountId())
                : new NotFoundException("Account " + query.accountId() + " did not exist at " + query.asOf() + "."));
        List<MapAccount> accounts = new ArrayList<>(reader.accountsOf(headquarters, at));
        MapOpportunity opportunity = query.opportunityId() == null ? null : opportunity(query, at, accounts);
        Map<UUID, Stakeholder> seats = opportunity == null ? Map.of() : reader.seatsOf(opportunity.id(), at).stream()
                .collect(Collectors.toMap(Stakeholder::contactId, Function.identity()));
        List<MapNode> nodes = reader.peopleOf(headquarters, at).stream()
                .map(person -> Onion.node(person, seats.get(person.contactId()))).sorted(NODE_ORDER).toList();
        Set<UUID> people = nodes.stream().map(MapNode::contactId).collect(Collectors.toSet());
        List<Relationship> relationships = reader.relationshipsOf(headquarters, at);
        Set<UUID> hierarchy = accounts.stream().map(MapAccount::id).collect(Collectors.toSet());
        Set<UUID> elsewhere = relationships.stream().filter(relationship -> relationship.type().pointsAtAccount())
                .map(Relationship::toAccountId).filter(id -> !hierarchy.contains(id)).collect(Collectors.toSet());
        accounts.addAll(reader.accounts(elsewhere, at));
        Set<UUID> known = accounts.stream().map(MapAccount::id).collect(Collectors.toCollection(HashSet::new));
        List<MapEdge> edges = relationships.stream()
                .filter(relationship -> relationship.type().pointsAtAccount() ? known.contains(relationship.toAccountId())
                        : people.contains(relationship.toContactId()))
                .map(relationship -> new MapEdge(relationship.relationshipId(), relationship.fromContactId(), relationship.target(),
                        relationship.type(), relationship.strength(), relationship.sentiment(), relationship.validFrom(),
                        relationship.validTo(), relationship.note()))
                .sorted(EDGE_ORDER).toList();
        MapReview review = reader.lastReviewOf(headquarters, at).orElse(null);
        Instant judgedAt = query.asOf() == null ? Instant.now() : query.asOf();
        AccountMap map = new AccountMap(query.accountId(), headquarters, query.asOf(), opportunity,
                accounts.stream().sorted(ACCOUNT_ORDER).toList(), nodes, edges,
                MapFindings.of(nodes, edges, opportunity != null, review, judgedAt), review);
        Scope scope = visibility.current();
        return scope.restricted() ? MapSeenBy.cut(map, scope, judgedAt) : map;
    }

    @QueryHandler
    public List<MapReview> handle(FindMapReviews query) {
        UUID headquarters = reader.headquartersOf(query.accountId(), new MapReader.At(null))
                .orElseThrow(() -> new NotFoundException("account", query.accountId()));
        Scope scope = visibility.current();
        List<MapReview> reviews = reader.reviewsOf(headquarters);
        return scope.restricted() ? MapSeenBy.reviews(reviews, scope) : reviews;
    }

    @QueryHandler
    public ContactRelationships handle(FindContactRelationships query) {
        if (!reader.contactExists(query.contactId())) {
            throw new NotFoundException("contact", query.contactId());
        }
        ContactRelationships relationships = new ContactRelationships(query.contactId(),
                reader.relationshipsOf(query.contactId(), true, query.includeEnded()),
                reader.relationshipsOf(query.contactId(), false, query.includeEnded()));
        Scope scope = visibility.current();
        return scope.restricted() ? MapSeenBy.cut(relationships, scope, jdbc) : relationships;
    }

    private MapOpportunity opportunity(FindAccountMap query, MapReader.At at, List<MapAccount> accounts) {
        MapOpportunity opportunity = reader.opportunity(query.opportunityId(), at).orElseThrow(() -> query.asOf() == null
                ? new NotFoundException("opportunity", query.opportunityId())
                : new NotFoundException("Opportunity " + query.opportunityId() + " was not open yet at " + query.asOf() + "."));
        if (!visibility.current().sees(opportunity.accountId())) {
            throw new NotFoundException("opportunity", query.opportunityId());
        }
        if (accounts.stream().noneMatch(account -> account.id().equals(opportunity.accountId()))) {
            throw InvalidInputException.of("opportunityId", "is an opportunity of account " + opportunity.accountId()
                    + ", outside the hierarchy of account " + query.accountId());
        }
        return opportunity;
    }
}

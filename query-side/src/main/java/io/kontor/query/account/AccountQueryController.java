package io.kontor.query.account;

import io.kontor.api.account.AccountDetails;
import io.kontor.api.account.OwnerSource;
import io.kontor.api.account.AccountFilter;
import io.kontor.api.account.AccountKind;
import io.kontor.api.account.AccountPage;
import io.kontor.api.account.AccountStatus;
import io.kontor.api.account.FindAccount;
import io.kontor.api.account.FindAccountHierarchy;
import io.kontor.api.account.HierarchyNode;
import io.kontor.api.account.ListAccounts;
import io.kontor.api.common.InvalidInputException;
import io.kontor.api.common.NotFoundException;
import io.kontor.api.common.PageRequest;
import io.kontor.platform.web.Versions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@RestController
@RequestMapping(path = "/api/accounts", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Accounts")
public class AccountQueryController {

    private final QueryGateway queries;

    public AccountQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/{id}")
    @Operation(summary = "The account with its status, parent, headquarters and path; ETag is its version")
    public ResponseEntity<AccountDetails> account(@PathVariable UUID id,
                                                  @RequestHeader(value = "If-None-Match", required = false) String ifNoneMatch) {
        AccountDetails account = queries.query(new FindAccount(id), ResponseTypes.optionalInstanceOf(AccountDetails.class))
                .join().orElseThrow(() -> new NotFoundException("account", id));
        String etag = Versions.etag(account.version());
        // The version says nothing of the territory's owner, which changes without an event of the account.
        if (etag.equals(ifNoneMatch) && account.ownerSource() != OwnerSource.TERRITORY) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).build();
        }
        return ResponseEntity.ok().eTag(etag).body(account);
    }

    @GetMapping
    @Operation(summary = "A page of accounts, sorted by name; q searches names ignoring case and accents")
    public AccountPage accounts(@RequestParam(required = false) String q,
                                @RequestParam(required = false) String industry,
                                @RequestParam(required = false) String country,
                                @RequestParam(required = false) String region,
                                @RequestParam(required = false) UUID ownerId,
                                @RequestParam(required = false) UUID headquartersId,
                                @RequestParam(required = false) AccountStatus status,
                                @RequestParam(required = false) AccountKind kind,
                                @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
        AccountFilter filter = new AccountFilter(q, industry, country, region, ownerId, headquartersId, status, kind);
        return queries.query(new ListAccounts(filter, new PageRequest(page, size)), AccountPage.class).join();
    }

    @GetMapping("/{id}/hierarchy")
    @Operation(summary = "The subtree rooted at the account, each node with its own and rolled-up figures")
    public HierarchyNode hierarchy(@PathVariable UUID id,
                                   @Parameter(description = "levels below the account to include; all if absent",
                                           schema = @Schema(minimum = "0"))
                                   @RequestParam(required = false) Integer maxDepth,
                                   @Parameter(description = "ISO-8601 instant: the tree and its figures as they stood then")
                                   @RequestParam(required = false) Instant asOf) {
        if (maxDepth != null && maxDepth < 0) {
            throw InvalidInputException.of("maxDepth", "must be 0 or more");
        }
        Optional<HierarchyNode> tree = queries.query(new FindAccountHierarchy(id, maxDepth, asOf),
                ResponseTypes.optionalInstanceOf(HierarchyNode.class)).join();
        return tree.orElseThrow(() -> asOf == null ? new NotFoundException("account", id)
                : new NotFoundException("Account " + id + " did not exist at " + asOf + "."));
    }
}

package io.kontor.query.account;

import io.kontor.api.account.AccountDetails;
import io.kontor.api.account.AccountKind;
import io.kontor.api.account.AccountStatus;
import io.kontor.query.projection.ExternalIdsColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

import java.time.Instant;
import java.util.UUID;

/** Read-only JPA view of {@code account_view} for filtered, paged lists; the projection writes it with SQL. */
@Entity
@Immutable
@Table(name = "account_view")
public class AccountRow {

    @Id
    private UUID id;
    private String name;
    @Column(name = "search_name")
    private String searchName;
    @Enumerated(EnumType.STRING)
    private AccountKind kind;
    @Enumerated(EnumType.STRING)
    private AccountStatus status;
    @Column(name = "parent_id")
    private UUID parentId;
    @Column(name = "headquarters_id")
    private UUID headquartersId;
    private String path;
    private int depth;
    private String industry;
    private String country;
    private String region;
    private String website;
    @Column(name = "debtor_number")
    private String debtorNumber;
    @Column(name = "owner_id")
    private UUID ownerId;
    @Column(name = "opened_at")
    private Instant openedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "close_reason")
    private String closeReason;
    @Column(name = "external_ids")
    private String externalIds;
    private long version;

    protected AccountRow() {
    }

    public AccountDetails toDetails() {
        return new AccountDetails(id, name, kind, status, parentId, headquartersId, new HierarchyPath(path).ids(),
                industry, country, region, website, debtorNumber, ownerId, openedAt, closedAt, closeReason,
                ExternalIdsColumn.read(externalIds), version);
    }
}

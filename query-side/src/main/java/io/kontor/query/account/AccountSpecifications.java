package io.kontor.query.account;

import io.kontor.api.account.AccountFilter;
import io.kontor.api.common.SearchText;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The account list's filters as a JPA specification; text search is on the folded name, so {@code lodz} finds {@code Łódź}. */
final class AccountSpecifications {

    private AccountSpecifications() {
    }

    static Specification<AccountRow> matching(AccountFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.q() != null && !filter.q().isBlank()) {
                predicates.add(cb.like(root.get("searchName"), "%" + escape(SearchText.fold(filter.q())) + "%", '\\'));
            }
            if (filter.industry() != null) {
                predicates.add(cb.equal(cb.lower(root.get("industry")), filter.industry().toLowerCase(Locale.ROOT)));
            }
            if (filter.country() != null) {
                predicates.add(cb.equal(root.get("country"), filter.country().toUpperCase(Locale.ROOT)));
            }
            if (filter.region() != null) {
                predicates.add(cb.equal(root.get("region"), filter.region().toUpperCase(Locale.ROOT)));
            }
            if (filter.ownerId() != null) {
                predicates.add(cb.equal(root.get("ownerId"), filter.ownerId()));
            }
            if (filter.headquartersId() != null) {
                predicates.add(cb.equal(root.get("headquartersId"), filter.headquartersId()));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.kind() != null) {
                predicates.add(cb.equal(root.get("kind"), filter.kind()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

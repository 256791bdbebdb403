package io.kontor.query.account;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

import java.util.Optional;
import java.util.UUID;

public interface AccountRows extends Repository<AccountRow, UUID>, JpaSpecificationExecutor<AccountRow> {

    Optional<AccountRow> findById(UUID id);
}

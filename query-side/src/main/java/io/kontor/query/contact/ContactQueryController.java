package io.kontor.query.contact;

import io.kontor.api.common.NotFoundException;
import io.kontor.api.common.PageRequest;
import io.kontor.api.contact.ContactPage;
import io.kontor.api.contact.ContactView;
import io.kontor.api.contact.FindContact;
import io.kontor.api.contact.ListAccountContacts;
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

import java.util.UUID;

@RestController
@Tag(name = "Contacts")
public class ContactQueryController {

    private final QueryGateway queries;

    public ContactQueryController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping(path = "/api/contacts/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The contact; ETag is its version")
    public ResponseEntity<ContactView> contact(@PathVariable UUID id) {
        ContactView contact = queries.query(new FindContact(id), ResponseTypes.optionalInstanceOf(ContactView.class)).join()
                .orElseThrow(() -> new NotFoundException("contact", id));
        return ResponseEntity.ok().eTag(Versions.etag(contact.version())).body(contact);
    }

    @GetMapping(path = "/api/accounts/{id}/contacts", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The account's own contacts, by last name")
    public ContactPage contacts(@PathVariable UUID id, @RequestParam(defaultValue = "0") int page,
                                @RequestParam(defaultValue = "" + PageRequest.DEFAULT_SIZE) int size) {
        return queries.query(new ListAccountContacts(id, new PageRequest(page, size)), ContactPage.class).join();
    }
}

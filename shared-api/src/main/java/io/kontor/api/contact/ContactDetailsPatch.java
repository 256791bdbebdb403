package io.kontor.api.contact;

import io.kontor.api.common.Patch;

public record ContactDetailsPatch(Patch<String> firstName, Patch<String> lastName, Patch<String> email,
                                  Patch<String> phone, Patch<String> jobTitle) {

    public ContactDetails applyTo(ContactDetails current) {
        return new ContactDetails(firstName.applyTo(current.firstName()), lastName.applyTo(current.lastName()),
                email.applyTo(current.email()), phone.applyTo(current.phone()), jobTitle.applyTo(current.jobTitle()))
                .normalized();
    }
}

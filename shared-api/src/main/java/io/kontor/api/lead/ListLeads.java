package io.kontor.api.lead;

import io.kontor.api.common.PageRequest;

/** Leads, newest first, optionally of one status. */
public record ListLeads(LeadStatus status, PageRequest page) {
}

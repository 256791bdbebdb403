package io.kontor.api.contact;

import java.util.UUID;

/**
 * The contact's personal data is erased: its key is destroyed, so every earlier event shows its personal
 * fields as {@code "[erased]"}. Holds no personal data itself; who asked and when are the event's
 * principal and time, and {@code erasureId} joins the records one request erased.
 */
public record ContactErased(UUID contactId, UUID erasureId, String reason) {
}

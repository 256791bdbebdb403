package io.kontor.platform.web.idempotency;

/** The first answer to an idempotent request, as it is replayed to retries. */
record StoredResponse(int status, String contentType, String location, String etag, String eventPosition,
                      byte[] body) {
}

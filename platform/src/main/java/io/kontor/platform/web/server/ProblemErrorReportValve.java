package io.kontor.platform.web.server;

import io.kontor.api.common.TimeOrderedIds;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The servlet container's own error answers (a URL with {@code %2F} or {@code %00}, a request line or
 * headers over the size limit, anything refused before Spring sees the request) as problem details
 * instead of Tomcat's HTML page. It knows nothing of the request's meaning, so it says what the status
 * means and which limits apply; the type is the same stable one Kontor uses for that status.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    public ProblemErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        String correlationId = TimeOrderedIds.next().toString();
        String body = ServerProblems.json(status, correlationId);
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding("UTF-8");
            response.setHeader("X-Correlation-Id", correlationId);
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(body);
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response was committed meanwhile: nothing more to say.
        }
    }
}

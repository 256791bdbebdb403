package io.kontor.platform.visibility;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;

/**
 * The write path's second half of the gate: what a request body names by id (the parent to place an account
 * under, the account a contact moves to, the account an opportunity opens on or a lead converts into, the
 * contact a relationship points at) must be visible to a scoped caller too, or the answer is 404 for it.
 * Ids are recognised by their field names, in records and in JSON documents alike, at any depth.
 */
@ControllerAdvice
public class VisibilityBodyGuard extends RequestBodyAdviceAdapter {

    static final Map<String, ResourceKind> ID_FIELDS = Map.of("accountId", ResourceKind.ACCOUNT,
            "parentId", ResourceKind.ACCOUNT, "toAccountId", ResourceKind.ACCOUNT, "contactId", ResourceKind.CONTACT,
            "toContactId", ResourceKind.CONTACT, "opportunityId", ResourceKind.OPPORTUNITY, "leadId", ResourceKind.LEAD);
    private static final int DEEPEST = 4;

    private final Visibility visibility;
    private final VisibilityGuard guard;

    public VisibilityBodyGuard(Visibility visibility, VisibilityGuard guard) {
        this.visibility = visibility;
        this.guard = guard;
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converter) {
        return true;
    }

    @Override
    public Object afterBodyRead(Object body, HttpInputMessage message, MethodParameter parameter, Type targetType,
                                Class<? extends HttpMessageConverter<?>> converter) {
        Scope scope = visibility.current();
        if (scope.restricted()) {
            inspect(scope, body, 0);
        }
        return body;
    }

    private void inspect(Scope scope, Object value, int depth) {
        if (value == null || depth > DEEPEST) {
            return;
        }
        if (value instanceof JsonNode json) {
            inspectJson(scope, json, depth);
        } else if (value.getClass().isRecord() && value.getClass().getName().startsWith("io.kontor.")) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                Object field = read(component, value);
                ResourceKind kind = ID_FIELDS.get(component.getName());
                if (kind != null && field instanceof UUID id) {
                    guard.check(scope, kind, id.toString(), kind.word());
                } else {
                    inspect(scope, field, depth + 1);
                }
            }
        }
    }

    private void inspectJson(Scope scope, JsonNode json, int depth) {
        if (depth > DEEPEST) {
            return;
        }
        if (json.isArray()) {
            json.forEach(element -> inspectJson(scope, element, depth + 1));
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = json.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            ResourceKind kind = ID_FIELDS.get(field.getKey());
            if (kind != null && field.getValue().isTextual()) {
                guard.check(scope, kind, field.getValue().asText(), kind.word());
            } else if (field.getValue().isContainerNode()) {
                inspectJson(scope, field.getValue(), depth + 1);
            }
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component + " of a request body", e);
        }
    }
}

package io.kontor.platform.openapi;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;

import java.lang.reflect.RecordComponent;
import java.util.Iterator;
import java.util.Map;

/**
 * A record component of a primitive type ({@code long version}, {@code boolean accountCreated}) is
 * always in the JSON and never null, so it is a required property. Everything else may be null (see
 * {@link NullableOptionalFields}) unless declared required with {@code @Schema(requiredMode = REQUIRED)}.
 */
final class PrimitivesAreRequired implements ModelConverter {

    @Override
    @SuppressWarnings("rawtypes")
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        Schema schema = chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
        JavaType javaType = Json.mapper().constructType(type.getType());
        Class<?> raw = javaType.getRawClass();
        if (schema == null || raw == null || !raw.isRecord()) {
            return schema;
        }
        Schema model = schema;
        if (schema.get$ref() != null) {
            Map<String, Schema> defined = context.getDefinedModels();
            model = defined.get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
        }
        if (model == null || model.getProperties() == null) {
            return schema;
        }
        for (RecordComponent component : raw.getRecordComponents()) {
            boolean present = model.getProperties().containsKey(component.getName());
            boolean listed = model.getRequired() != null && model.getRequired().contains(component.getName());
            if (component.getType().isPrimitive() && present && !listed) {
                model.addRequiredItem(component.getName());
            }
        }
        return schema;
    }
}

package io.kontor.platform.privacy;

import io.kontor.api.common.DataSubject;
import io.kontor.api.common.PersonalData;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a class keeps personal data, read once from its {@link PersonalData} and {@link DataSubject}
 * annotations: the JSON path of every personal text field (through nested records, collections and maps,
 * so a snapshot's list of relationships is covered as well as an event's details) and the field naming
 * the person. A class that holds personal data but names no person is refused: it could not be encrypted.
 */
record PersonalFields(String subjectField, List<List<String>> paths) {

    /** A path step standing for every element of an array (a collection in Java). */
    static final String EACH = "[*]";
    /** A path step standing for every value of an object used as a map. */
    static final String VALUES = "{*}";

    private static final PersonalFields NONE = new PersonalFields(null, List.of());

    private static final ClassValue<PersonalFields> PLANS = new ClassValue<>() {
        @Override
        protected PersonalFields computeValue(Class<?> type) {
            return plan(type);
        }
    };

    static PersonalFields of(Class<?> type) {
        return PLANS.get(type);
    }

    boolean isEmpty() {
        return paths.isEmpty();
    }

    private static PersonalFields plan(Class<?> type) {
        List<List<String>> paths = new ArrayList<>();
        collect(type, new ArrayList<>(), paths, new HashSet<>());
        if (paths.isEmpty()) {
            return NONE;
        }
        String subject = null;
        for (Field field : fields(type)) {
            if (field.isAnnotationPresent(DataSubject.class)) {
                subject = field.getName();
            }
        }
        if (subject == null) {
            throw new IllegalStateException(type.getName() + " holds personal data " + paths
                    + " but no field marked @DataSubject names whose it is");
        }
        return new PersonalFields(subject, List.copyOf(paths));
    }

    private static void collect(Class<?> type, List<String> prefix, List<List<String>> paths, Set<Class<?>> visiting) {
        if (!isKontorType(type) || !visiting.add(type)) {
            return;
        }
        for (Field field : fields(type)) {
            List<String> path = new ArrayList<>(prefix);
            path.add(field.getName());
            if (field.isAnnotationPresent(PersonalData.class)) {
                if (field.getType() != String.class) {
                    throw new IllegalStateException("@PersonalData marks text only: " + type.getName() + "." + field.getName());
                }
                paths.add(List.copyOf(path));
            } else {
                follow(field.getGenericType(), path, paths, visiting);
            }
        }
        visiting.remove(type);
    }

    /** Looks into a field's type: a Kontor class, or the elements of a collection, array or map of them. */
    private static void follow(Type type, List<String> path, List<List<String>> paths, Set<Class<?>> visiting) {
        if (type instanceof Class<?> plain) {
            if (plain.isArray()) {
                follow(plain.getComponentType(), with(path, EACH), paths, visiting);
            } else {
                collect(plain, path, paths, visiting);
            }
        } else if (type instanceof GenericArrayType array) {
            follow(array.getGenericComponentType(), with(path, EACH), paths, visiting);
        } else if (type instanceof ParameterizedType parameterized && parameterized.getRawType() instanceof Class<?> raw) {
            Type[] arguments = parameterized.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                follow(arguments[0], with(path, EACH), paths, visiting);
            } else if (Map.class.isAssignableFrom(raw)) {
                follow(arguments[1], with(path, VALUES), paths, visiting);
            } else {
                collect(raw, path, paths, visiting);
            }
        }
    }

    private static List<String> with(List<String> path, String step) {
        List<String> longer = new ArrayList<>(path);
        longer.add(step);
        return longer;
    }

    private static boolean isKontorType(Class<?> type) {
        return !type.isPrimitive() && !type.isEnum() && type.getName().startsWith("io.kontor.");
    }

    /** The fields Jackson stores: a record's components, or an aggregate's fields up its class hierarchy. */
    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> level = type; level != null && level != Object.class; level = level.getSuperclass()) {
            for (Field field : level.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !Modifier.isTransient(field.getModifiers())) {
                    fields.add(field);
                }
            }
        }
        return fields;
    }
}

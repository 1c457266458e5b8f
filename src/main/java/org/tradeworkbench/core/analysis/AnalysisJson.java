package org.tradeworkbench.core.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.LinkedHashMap;
import java.util.Map;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads and writes analysis specs as JSON (records, enums by name). Unknown properties are an error, so a
 * misspelled option in a workbench file or a script is reported instead of silently taking its default.
 */
public final class AnalysisJson {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private AnalysisJson() {
    }

    public static String write(Object spec) {
        try {
            return MAPPER.writeValueAsString(spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + spec.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static JsonNode tree(Object spec) {
        return MAPPER.valueToTree(spec);
    }

    /**
     * The spec as plain JSON values (an insertion-ordered map of strings, numbers, booleans, nulls, lists and
     * maps), as a workbench file keeps a panel's settings.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> plain(Object spec) {
        return MAPPER.convertValue(spec, LinkedHashMap.class);
    }

    /** The spec in plain JSON values ({@link #plain}); a message naming the field when it cannot be read. */
    public static <S> S fromPlain(Object plain, Class<S> type) {
        return read(MAPPER.valueToTree(plain), type);
    }

    /** The spec in {@code json}; a message naming the field when it cannot be read. */
    public static <S> S read(String json, Class<S> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(message(type, e), e);
        }
    }

    /** Jackson's message with the field it concerns, e.g. {@code cannot read CausalitySpec: lags: ...}. */
    private static String message(Class<?> type, JsonProcessingException e) {
        StringBuilder where = new StringBuilder();
        if (e instanceof JsonMappingException m) {
            for (JsonMappingException.Reference r : m.getPath()) {
                if (r.getFieldName() != null) {
                    where.append(where.length() == 0 ? "" : ".").append(r.getFieldName());
                } else if (r.getIndex() >= 0) {
                    where.append('[').append(r.getIndex()).append(']');
                }
            }
        }
        return "cannot read " + type.getSimpleName() + ": " + (where.length() == 0 ? "" : where + ": ")
                + e.getOriginalMessage();
    }

    public static <S> S read(JsonNode json, Class<S> type) {
        try {
            return MAPPER.treeToValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(message(type, e), e);
        }
    }
}

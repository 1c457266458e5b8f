package org.tradeworkbench.core.fetch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.tradeworkbench.core.data.DataException;

/** Reading providers' JSON, with messages that say which documented field was missing or odd. */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static JsonNode parse(String provider, Answer a) {
        try {
            return MAPPER.readTree(a.body());
        } catch (JsonProcessingException e) {
            String body = a.body().strip();
            String start = body.length() > 80 ? body.substring(0, 80) + "\u2026" : body;
            throw new DataException(provider + ": the answer from " + a.url() + " is not complete JSON (cut off, or"
                    + " an error page): " + start.replaceAll("\\s+", " "));
        }
    }

    static DataException changed(String provider, Answer a, String expected) {
        return new DataException(provider + ": the answer's layout has changed (expected " + expected + ") at "
                + a.url());
    }

    static String text(String provider, Answer a, JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            throw changed(provider, a, "\"" + field + "\" in every observation");
        }
        return v.asText();
    }

    static int intField(String provider, Answer a, JsonNode o, String field) {
        JsonNode v = o.get(field);
        if (v == null) {
            throw changed(provider, a, "\"" + field + "\" in the paging envelope");
        }
        try {
            return v.isNumber() ? v.intValue() : Integer.parseInt(v.asText().trim());
        } catch (NumberFormatException e) {
            throw changed(provider, a, "a whole number for \"" + field + "\", got " + v);
        }
    }

    static double number(String provider, Answer a, JsonNode v) {
        double d;
        if (v.isNumber()) {
            d = v.doubleValue();
        } else {
            try {
                d = Double.parseDouble(v.asText().trim());
            } catch (NumberFormatException e) {
                throw changed(provider, a, "numbers as values, got " + v);
            }
        }
        if (!Double.isFinite(d)) {
            throw changed(provider, a, "finite numbers as values, got " + v);
        }
        return d;
    }

    static String require(String provider, String option, String value) {
        if (value == null || value.isBlank()) {
            throw new DataException(provider + ": " + option + " is needed");
        }
        return value.strip();
    }
}

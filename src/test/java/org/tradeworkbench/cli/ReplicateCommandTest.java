package org.tradeworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReplicateCommandTest {
    static final String ATP = "src/test/resources/fixtures/atp/";

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    static JsonNode item(JsonNode json, String id) {
        for (JsonNode n : json.get("items")) {
            if (n.get("id").asText().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("no item " + id);
    }

    @Test
    void jsonOnTheBundledSample() throws Exception {
        Run r = run("replicate", "--json");
        assertThat(r.status()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(item(json, "table1.PATENT.mean").get("status").asText()).isEqualTo("match");
        assertThat(item(json, "table1.lny.mean").get("status").asText()).isEqualTo("unavailable");
        assertThat(item(json, "table1.lny.mean").get("replicated").isNull()).isTrue();
    }

    @Test
    void textIsTheDefault() {
        Run r = run("replicate");
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("Table 1: statistical description of variables").contains("table1.PATENT.mean");
    }

    @Test
    void markdownAndHtmlToAFile(@TempDir Path tmp) throws Exception {
        Path md = tmp.resolve("r.md");
        Run r = run("replicate", "--format", "markdown", "--out", md.toString());
        assertThat(r.status()).isZero();
        assertThat(r.out()).contains("written to " + md);
        assertThat(Files.readString(md)).startsWith("# Replication of Zhao");
        Path html = tmp.resolve("r.html");
        assertThat(run("replicate", "--format", "html", "--out", html.toString()).status()).isZero();
        assertThat(Files.readString(html)).contains("<table");
    }

    @Test
    void censusFilesAloneAreMergedIntoTheSample() throws Exception {
        Run r = run("replicate", "--json", "--data", ATP + "SYNTHETIC_TEST_FIXTURE_atp_exports_5700.json,"
                + ATP + "SYNTHETIC_TEST_FIXTURE_atp_imports_5700.json");
        assertThat(r.err()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(r.out());
        // The synthetic fixture covers 2015-2016 only: lny is computed there, and the note names the gap.
        JsonNode n = item(json, "table1.lny.n");
        assertThat(n.get("replicated").asDouble()).isEqualTo(2.0);
        assertThat(n.get("status").asText()).isEqualTo("differs");
        assertThat(n.get("note").asText()).contains("missing 2004–2014, 2017–2018");
        assertThat(item(json, "table1.PATENT.mean").get("status").asText()).isEqualTo("match");
    }

    @Test
    void badUsageExitsWithTwoAndOneLine() {
        Run r = run("replicate", "--format", "pdf");
        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err().strip()).isEqualTo("replicate: --format must be one of text, html, markdown, got \"pdf\"");
        Run missing = run("replicate", "--data", "no-such-file.csv");
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("no-such-file.csv: no such file");
        assertThat(run("replicate", "--json", "--format", "html").status()).isEqualTo(2);
    }

    @Test
    void defineReplacesAPaperVariablesDefinitionAndNamesWhatItRefuses() throws Exception {
        Run paper = run("replicate", "--json");
        Run edited = run("replicate", "--json", "--define", "PATENT=log(cn_patent_apps_resident)");
        assertThat(edited.status()).isZero();
        JsonNode p = item(new ObjectMapper().readTree(paper.out()), "table1.PATENT.mean");
        JsonNode e = item(new ObjectMapper().readTree(edited.out()), "table1.PATENT.mean");
        assertThat(e.get("replicated").asDouble()).isNotEqualTo(p.get("replicated").asDouble());
        assertThat(e.get("status").asText()).isNotEqualTo("match");

        Run bad = run("replicate", "--define", "GDP=log(x)");
        assertThat(bad.status()).isNotZero();
        assertThat(bad.err()).contains("--define").contains("\"GDP\"");
        Run malformed = run("replicate", "--define", "PATENT");
        assertThat(malformed.status()).isNotZero();
        assertThat(malformed.err()).contains("NAME=EXPRESSION");
    }
}

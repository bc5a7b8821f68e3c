package io.servicedesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of STYLE.md, read from the sources: the core (contract, incident, platform)
 * knows no feature, and only platform knows Camunda internals.
 */
class ModularityTests {

    private static final Path MAIN = Path.of("src/main/java/io/servicedesk");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+);", Pattern.MULTILINE);
    private static final Set<String> FEATURES = Set.of("intake", "triage", "coverage", "ownership", "vendor",
            "communication", "demo");

    @Test
    void theCoreKnowsNoFeature() throws IOException {
        List<String> violations = new ArrayList<>();
        for (String core : List.of("contract", "incident", "platform")) {
            for (Import anImport : importsOf(core)) {
                String module = moduleOf(anImport.target());
                if (module != null && FEATURES.contains(module)) {
                    violations.add(anImport.toString());
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void contractsDependOnNothingButThePlatform() throws IOException {
        assertThat(importsOf("contract")).filteredOn(anImport -> {
            String module = moduleOf(anImport.target());
            return module != null && !module.equals("contract") && !module.equals("platform");
        }).isEmpty();
    }

    @Test
    void onlyThePlatformKnowsCamundaInternals() throws IOException {
        List<Import> internal = new ArrayList<>();
        try (Stream<Path> modules = Files.list(MAIN)) {
            for (Path module : modules.filter(Files::isDirectory).toList()) {
                if (!module.getFileName().toString().equals("platform")) {
                    importsOf(module.getFileName().toString()).stream()
                            .filter(anImport -> anImport.target().startsWith("org.camunda.bpm.engine.impl"))
                            .forEach(internal::add);
                }
            }
        }
        assertThat(internal).isEmpty();
    }

    record Import(String file, String target) {
        @Override
        public String toString() {
            return file + " imports " + target;
        }
    }

    private static List<Import> importsOf(String module) throws IOException {
        List<Import> imports = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN.resolve(module))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = IMPORT.matcher(Files.readString(file));
                while (matcher.find()) {
                    imports.add(new Import(MAIN.relativize(file).toString(), matcher.group(1)));
                }
                // fully qualified references in code count as well
                Matcher qualified = Pattern.compile("io\\.servicedesk\\.(\\w+)\\.[A-Z]").matcher(Files.readString(file));
                while (qualified.find()) {
                    imports.add(new Import(MAIN.relativize(file).toString(), "io.servicedesk." + qualified.group(1)));
                }
            }
        }
        return imports;
    }

    private static String moduleOf(String target) {
        if (!target.startsWith("io.servicedesk.")) {
            return null;
        }
        String rest = target.substring("io.servicedesk.".length());
        return rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
    }
}

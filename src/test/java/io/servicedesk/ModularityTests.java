package io.servicedesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The module boundaries of STYLE.md, verified by Spring Modulith: every top-level package is a module,
 * no cycles between modules, and the core (contract, incident, mail, platform) depends only on what its
 * package-info allows. Only platform knows Camunda internals.
 */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(ServiceDeskApplication.class);

    @Test
    void modulesHaveNoCyclesAndTheCoreKnowsNoFeature() {
        MODULES.verify();
    }

    @Test
    void onlyThePlatformKnowsCamundaInternals() {
        noClasses().that().resideOutsideOfPackage("io.servicedesk.platform..")
                .should().dependOnClassesThat().resideInAPackage("org.camunda.bpm.engine.impl..")
                .because("Camunda internals change without notice; platform adapts them for everybody")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("io.servicedesk"));
    }
}

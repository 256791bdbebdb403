package io.kontor.standalone;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules between modules (and the layering inside them), checked on the compiled classes:
 * the API and the import formats are plain Java, the two sides never know each other, the platform knows neither side,
 * and the web interface talks to the API over HTTP only (it knows no side; the applications that serve reads import it).
 */
class ModuleBoundariesTest {

    private static JavaClasses kontor;

    @BeforeAll
    static void importClasses() {
        // The platform's test classes come as a test jar in a full build, which DO_NOT_INCLUDE_TESTS does not know.
        kontor = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("io.kontor");
    }

    @Test
    void theSharedApiDependsOnNothingButTheJdk() {
        classes().that().resideInAPackage("io.kontor.api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.kontor.api..", "java..")
                .check(kontor);
    }

    @Test
    void theImportFormatsArePlainJavaOverTheSharedApi() {
        classes().that().resideInAPackage("io.kontor.imports..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("io.kontor.imports..", "io.kontor.api..", "java..",
                        "com.fasterxml.jackson.core..")
                .check(kontor);
    }

    @Test
    void theCommandSideNeverDependsOnTheQuerySide() {
        noClasses().that().resideInAPackage("io.kontor.command..")
                .should().dependOnClassesThat().resideInAPackage("io.kontor.query..")
                .check(kontor);
    }

    @Test
    void theQuerySideNeverDependsOnTheCommandSide() {
        noClasses().that().resideInAPackage("io.kontor.query..")
                .should().dependOnClassesThat().resideInAPackage("io.kontor.command..")
                .check(kontor);
    }

    @Test
    void thePlatformKnowsNeitherSide() {
        noClasses().that().resideInAPackage("io.kontor.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("io.kontor.command..", "io.kontor.query..",
                        "io.kontor.standalone..")
                .check(kontor);
    }

    @Test
    void theWebInterfaceKnowsNeitherSideAndOnlyTheApplicationsServingReadsImportIt() {
        noClasses().that().resideInAPackage("io.kontor.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("io.kontor.command..", "io.kontor.query..",
                        "io.kontor.standalone..")
                .check(kontor);
        noClasses().that().resideInAnyPackage("io.kontor.command..", "io.kontor.platform..", "io.kontor.api..")
                .should().dependOnClassesThat().resideInAPackage("io.kontor.ui..")
                .check(kontor);
        noClasses().that().resideInAPackage("io.kontor.query..").and().resideOutsideOfPackage("io.kontor.query.app..")
                .should().dependOnClassesThat().resideInAPackage("io.kontor.ui..")
                .check(kontor);
    }

    @Test
    void aggregatesDoNotTalkHttpOrJpa() {
        noClasses().that().areAnnotatedWith(org.axonframework.spring.stereotype.Aggregate.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.web..", "jakarta.persistence..",
                        "jakarta.servlet..")
                .check(kontor);
    }

    @Test
    void newIdsGrowWithTimeSoIndexesGrowAtTheirEnd() {
        noClasses().should().callMethod(java.util.UUID.class, "randomUUID")
                .because("new ids come from TimeOrderedIds: random ids put every inserted row on a random page of each index")
                .check(kontor);
    }

    @Test
    void noPackageDependsOnItselfThroughAnother() {
        slices().matching("io.kontor.(**)").should().beFreeOfCycles().check(kontor);
    }

    @Test
    void onlyTheStandaloneModuleCombinesBothSides() {
        classes().that().resideInAPackage("io.kontor.standalone..")
                .should().onlyBeAccessed().byClassesThat().resideInAPackage("io.kontor.standalone..")
                .check(kontor);
    }
}

package dev.cfscale;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The package layout follows the pipeline and dependencies point one way (shared/style.md section 1). */
@AnalyzeClasses(packages = "dev.cfscale", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
      .layer("cli").definedBy("dev.cfscale.cli..")
      .layer("render").definedBy("dev.cfscale.render..")
      .layer("rules").definedBy("dev.cfscale.rules..")
      .layer("models").definedBy("dev.cfscale.models..")
      .layer("facts").definedBy("dev.cfscale.facts..")
      .layer("parse").definedBy("dev.cfscale.parse..")
      .layer("discover").definedBy("dev.cfscale.discover..")
      .layer("findings").definedBy("dev.cfscale.findings..")
      .layer("platform").definedBy("dev.cfscale.platform..")
      .layer("fix").definedBy("dev.cfscale.fix..")
      .whereLayer("cli").mayNotBeAccessedByAnyLayer()
      .whereLayer("fix").mayOnlyBeAccessedByLayers("cli")
      .whereLayer("render").mayOnlyBeAccessedByLayers("cli")
      .whereLayer("rules").mayOnlyBeAccessedByLayers("cli")
      .whereLayer("models").mayOnlyBeAccessedByLayers("render", "cli")
      .whereLayer("facts").mayOnlyBeAccessedByLayers("rules", "models", "cli")
      .whereLayer("parse").mayOnlyBeAccessedByLayers("facts", "cli")
      .whereLayer("discover").mayOnlyBeAccessedByLayers("parse", "facts", "cli")
      .whereLayer("findings").mayOnlyBeAccessedByLayers("discover", "parse", "facts", "rules", "models", "render", "cli")
      .whereLayer("platform").mayOnlyBeAccessedByLayers("rules", "models", "cli");

  @ArchTest
  static final ArchRule modelsDoNotTouchParserLibraries = noClasses().that().resideInAPackage("dev.cfscale.models..")
      .should().dependOnClassesThat().resideInAnyPackage("org.tomlj..", "com.fasterxml.jackson..", "dev.cfscale.parse..");

  @ArchTest
  static final ArchRule rulesDoNotTouchParserLibraries = noClasses().that().resideInAPackage("dev.cfscale.rules..")
      .should().dependOnClassesThat().resideInAnyPackage("org.tomlj..", "com.fasterxml.jackson..", "dev.cfscale.parse..");

  @ArchTest
  static final ArchRule onlyCliPrints = noClasses().that().resideOutsideOfPackage("dev.cfscale.cli..")
      .should().accessField(System.class, "out").orShould().accessField(System.class, "err");
}

package dev.cfscale;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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
      .layer("analysis").definedBy("dev.cfscale.analysis..")
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
      .whereLayer("analysis").mayOnlyBeAccessedByLayers("cli")
      .whereLayer("facts").mayOnlyBeAccessedByLayers("analysis", "rules", "models", "cli")
      .whereLayer("parse").mayOnlyBeAccessedByLayers("analysis", "cli")
      .whereLayer("discover").mayOnlyBeAccessedByLayers("parse", "analysis", "cli")
      .whereLayer("findings").mayOnlyBeAccessedByLayers("discover", "parse", "analysis", "facts", "rules", "models", "render", "cli")
      .whereLayer("platform").mayOnlyBeAccessedByLayers("rules", "models", "cli");

  @ArchTest
  static final ArchRule modelsDoNotTouchParserLibraries = noClasses().that().resideInAPackage("dev.cfscale.models..")
      .should().dependOnClassesThat().resideInAnyPackage("org.tomlj..", "com.fasterxml.jackson..", "dev.cfscale.parse..");

  @ArchTest
  static final ArchRule rulesDoNotTouchParserLibraries = noClasses().that().resideInAPackage("dev.cfscale.rules..")
      .should().dependOnClassesThat().resideInAnyPackage("org.tomlj..", "com.fasterxml.jackson..", "dev.cfscale.parse..");

  /** Package slices (facts.code, rules.d1, analysis.d1...) never depend on each other in a circle. */
  @ArchTest
  static final ArchRule noPackageCycles = slices().matching("dev.cfscale.(**)").should().beFreeOfCycles();

  /** The read-only model holds no parser types: rules and models can read it without knowing the parsers. */
  @ArchTest
  static final ArchRule factsHoldNoParserTypes = noClasses().that().resideInAPackage("dev.cfscale.facts..")
      .should().dependOnClassesThat().resideInAnyPackage("com.caoccao..", "org.tomlj..", "com.fasterxml.jackson..", "org.sqlite..",
          "dev.cfscale.parse..");

  /** The model is read-only: records, enums and constants, no field that can change after construction. */
  @ArchTest
  static final ArchRule factsAreReadOnly = fields().that().areDeclaredInClassesThat().resideInAPackage("dev.cfscale.facts..")
      .should().beFinal();

  /** Rules read facts, never the TypeScript parser's tree (that is the code engine's business). */
  @ArchTest
  static final ArchRule rulesDoNotTouchTheTypeScriptParser = noClasses().that().resideInAPackage("dev.cfscale.rules..")
      .should().dependOnClassesThat().resideInAnyPackage("com.caoccao..");

  @ArchTest
  static final ArchRule onlyCliPrints = noClasses().that().resideOutsideOfPackage("dev.cfscale.cli..")
      .should().accessField(System.class, "out").orShould().accessField(System.class, "err");
}

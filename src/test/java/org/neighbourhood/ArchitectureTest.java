package org.neighbourhood;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import jakarta.persistence.Entity;

import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The few rules that keep features apart and layers in order, checked on every build. */
@AnalyzeClasses(packages = "org.neighbourhood", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String ROOT = "org.neighbourhood";

    private static final DescribedPredicate<JavaClass> REPOSITORIES = DescribedPredicate.describe("repositories",
            c -> c.isAssignableTo(org.springframework.data.repository.Repository.class)
                    || c.isAnnotatedWith(org.springframework.stereotype.Repository.class));

    /** Repositories Spring makes, as opposed to the shared contracts they extend (such as the publishing one). */
    private static final DescribedPredicate<JavaClass> CONCRETE_REPOSITORIES = DescribedPredicate.describe(
            "repositories", c -> REPOSITORIES.test(c) && !c.isAnnotatedWith(NoRepositoryBean.class));

    @ArchTest
    static final ArchRule views_never_touch_repositories = noClasses()
            .that().resideInAPackage("..ui..")
            .should().dependOnClassesThat(REPOSITORIES);

    @ArchTest
    static final ArchRule repositories_are_used_only_inside_their_own_feature = classes()
            .that(CONCRETE_REPOSITORIES)
            .should(new ArchCondition<>("be used only from their own package") {
                @Override
                public void check(JavaClass repository, ConditionEvents events) {
                    repository.getDirectDependenciesToSelf().stream()
                            .filter(d -> !d.getOriginClass().getPackageName().equals(repository.getPackageName()))
                            .forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
                }
            });

    @ArchTest
    static final ArchRule repositories_are_reached_only_from_transactional_code = classes()
            .that(DescribedPredicate.not(REPOSITORIES))
            .should(new ArchCondition<>("call repositories only from @Transactional methods or classes") {
                @Override
                public void check(JavaClass caller, ConditionEvents events) {
                    caller.getMethodCallsFromSelf().stream()
                            .filter(call -> REPOSITORIES.test(call.getTargetOwner()))
                            .filter(call -> !call.getOrigin().isAnnotatedWith(Transactional.class)
                                    && !caller.isAnnotatedWith(Transactional.class))
                            .forEach(call -> events.add(SimpleConditionEvent.violated(call, call.getDescription())));
                }
            });

    @ArchTest
    static final ArchRule vaadin_stays_in_ui_packages = noClasses()
            .that().resideOutsideOfPackages("..ui..")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin..");

    @ArchTest
    static final ArchRule entities_know_nothing_of_services_or_views = noClasses()
            .that().areAnnotatedWith(Entity.class)
            .should().dependOnClassesThat().areAnnotatedWith(Service.class)
            .orShould().dependOnClassesThat().resideInAPackage("..ui..")
            .orShould().dependOnClassesThat().resideInAPackage("com.vaadin..");

    @ArchTest
    static final ArchRule features_form_no_cycles = slices()
            .matching("org.neighbourhood.(*)..")
            .should().beFreeOfCycles();

    /** The slice rule above sees only whole features; inside the forums, its parts build on one another one way. */
    @ArchTest
    static final ArchRule the_forums_parts_form_no_cycles = slices()
            .matching("org.neighbourhood.forums.(*)..")
            .should().beFreeOfCycles();

    /** The forums' root puts the parts together for the public pages; no part reaches back into it. */
    @ArchTest
    static final ArchRule no_forums_part_depends_on_the_forums_root = noClasses()
            .that().resideInAnyPackage("org.neighbourhood.forums.series..", "org.neighbourhood.forums.signup..",
                    "org.neighbourhood.forums.agenda..", "org.neighbourhood.forums.after..",
                    "org.neighbourhood.forums.report..")
            .should().dependOnClassesThat().resideInAPackage("org.neighbourhood.forums");

    @ArchTest
    static void base_depends_on_no_feature(JavaClasses classes) {
        // Every feature there is, found rather than listed, so a new one is covered the day it is added.
        var features = classes.stream().map(JavaClass::getPackageName)
                .filter(name -> name.startsWith(ROOT + "."))
                .map(name -> name.substring(ROOT.length() + 1).split("\\.")[0])
                .filter(feature -> !feature.equals("base"))
                .distinct().sorted()
                .map(feature -> ROOT + "." + feature + "..")
                .toArray(String[]::new);
        assertThat(features).as("features found").contains(ROOT + ".forums..", ROOT + ".security..",
                ROOT + ".mail..", ROOT + ".demo..", ROOT + ".feedback..", ROOT + ".api..");
        noClasses().that().resideInAPackage(ROOT + ".base..")
                .should().dependOnClassesThat().resideInAnyPackage(features)
                .check(classes);
    }
}

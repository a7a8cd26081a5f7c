package dev.mops.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the SDK. Generated {@code Immutable*} classes are package-private;
 * builders and factories return the abstract public type; public signatures use JDK types only.
 *
 * <p>No {@code from} method is generated ({@code from = ""}): Immutables would make one per
 * supertype, and {@code Objective.builder().from(PlanElement)} would copy a stakeholder's id,
 * visibility and extensions into an objective. Each builder writes its own {@code from(X)} for its
 * own type instead. Package-private attributes get package-private builder methods ({@code
 * alwaysPublicInitializers = false}), so internal state stays out of the API.
 *
 * <p>Not part of the API: this package is not exported.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
// SOURCE: the style is read by the annotation processor in this compilation only; kept in the class
// files, it would make every consumer's javadoc (and javac -Xlint) look for Immutables' classes
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    // a package-private generated builder makes Javadoc document its public methods as members of
    // each type's own public Builder, instead of "inherited from ImmutableX.Builder", a class that
    // is not in the docs
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false),
    strictBuilder = false,
    optionalAcceptNullable = false,
    privateNoargConstructor = false,
    validationMethod = Value.Style.ValidationMethod.SIMPLE,
    from = "",
    alwaysPublicInitializers = false,
    depluralize = true,
    depluralizeDictionary = {
      "keyResult:keyResults",
      "capabilityId:capabilityIds",
      "objectiveId:objectiveIds",
      "stakeholderId:stakeholderIds",
      "assigneeId:assigneeIds",
      "skillId:skillIds",
      "signOff:signOffs",
      "checkIn:checkIns"
    })
public @interface MopsStyle {}

package be.ifg.domain;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The project's one Immutables style, for the larger documents of the domain with many optional
 * parts: a staged builder that asks for every mandatory part in order, so that a document cannot be
 * built without one, and the optional parts at the end.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    stagedBuilder = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = false),
    // no javax.annotation.processing.Generated: the module does not read java.compiler
    allowedClasspathAnnotations = {Override.class},
    // java.util collections in the generated public classes, so that no Guava type appears in a
    // public signature (Guava is not a transitive dependency of the module)
    jdkOnly = true,
    // the generated class says the same API status as the type it implements
    passAnnotations = {API.class})
@interface DomainStyle {}

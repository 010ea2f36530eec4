/**
 * The case-table web application: Spring Boot, Spring Security and server-rendered pages on the
 * library's public API ({@code be.ifg.workflow.ChainApproach}) and the JDBC adapter.
 *
 * <p>Who the actor is comes from the signed-in session alone ({@link be.ifg.web.Actors}); what a
 * page shows and what a form may do is decided by the library for that actor.
 */
@NullMarked
package be.ifg.web;

import org.jspecify.annotations.NullMarked;

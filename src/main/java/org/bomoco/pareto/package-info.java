/**
 * Fast non-dominated filtering of minimised objective vectors ({@code double[][]}), shared by the optimizers'
 * front rule ({@code algorithms.Fronts}) and the quality indicators. Imports nothing of the project.
 */
package org.bomoco.pareto;

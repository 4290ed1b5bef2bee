/**
 * JMH benchmarks of the request engine (transitions per second, a sweep over many open requests) and a heap
 * measurement of one million open requests. Not part of the library.
 */
package org.grid.benchmarks.escalation;

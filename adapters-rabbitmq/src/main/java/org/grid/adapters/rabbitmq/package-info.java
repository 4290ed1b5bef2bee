/**
 * The RabbitMQ adapter of the outbox relay: {@link org.grid.adapters.rabbitmq.RabbitMqEventSink} publishes the
 * CloudEvents the relay hands it to a durable topic exchange with publisher confirms, routing key {@code
 * <county>.<type>}, configured by {@link org.grid.adapters.rabbitmq.RabbitMqSinkSettings}; {@link
 * org.grid.adapters.rabbitmq.DeduplicatingEventConsumer} is the consumer side, dropping repeats by event id.
 */
package org.grid.adapters.rabbitmq;

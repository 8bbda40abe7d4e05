import type { SchemaDefinition } from '@app/core';
import { OutboxEvent } from '@app/queue';
import { MIGRATIONS } from '../../../migrations';

/**
 * Every entity of every module, listed explicitly. An entity missing here is
 * missing from the app, the migration tools and the drift check alike.
 */
export const ENTITIES = [OutboxEvent];

export const SCHEMA: SchemaDefinition = { entities: ENTITIES, migrations: MIGRATIONS };

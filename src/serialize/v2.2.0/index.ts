import { ShapeSet } from '../serializer.ts';
import { computed220 } from './computed.ts';
import { shapes220 } from './shapes.ts';

/**
 * The 2.2.0 serializers, read from the same tables as 2.3.0: no `response_mode`, string image URLs,
 * agency `type` as a string, the 2.2.0 nesting of each model.
 */
export const v220: ShapeSet = new ShapeSet('2.2.0', shapes220, computed220());

import { ShapeSet } from '../serializer.ts';
import { computed210 } from './computed.ts';
import { shapes210 } from './shapes.ts';

/** The 2.1.0 serializers, read from the same tables as every version (shapes.ts says how they differ from 2.0.0). */
export const v210: ShapeSet = new ShapeSet('2.1.0', shapes210, computed210());

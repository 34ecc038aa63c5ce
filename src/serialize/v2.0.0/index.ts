import { ShapeSet } from '../serializer.ts';
import { computed200 } from './computed.ts';
import { resourceComputed200, resourceShapes200 } from './resources.ts';
import { shapes200 } from './shapes.ts';

/**
 * The 2.0.0 serializers, read from the same tables as 2.3.0. Legacy-only columns (launch_library_id,
 * inhold, ...) are used when a 2.0.0/2.2.0 import stored them, else values derive from 2.3.0 data.
 */
const launchComputed = computed200();
export const v200: ShapeSet = new ShapeSet('2.0.0', { ...shapes200, ...resourceShapes200 }, { ...launchComputed, ...resourceComputed200(launchComputed) });

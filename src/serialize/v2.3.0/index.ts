import { ShapeSet } from '../serializer.ts';
import { shapes230 } from './shapes.generated.ts';

/** 2.3.0 needs no computed values beyond `url` and `response_mode`: its keys are the model's names. */
export const v230 = new ShapeSet('2.3.0', shapes230, {});

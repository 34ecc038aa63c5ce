import { ShapeSet, type Computed } from '../serializer.ts';
import { shapes230 } from './shapes.generated.ts';

/**
 * 2.3.0 keys are the model's names, so beyond `url` and `response_mode` only the Starship
 * dashboard's live streams need a computed value (their `image` is a video's feature image).
 */
export const v230Computed: Record<string, Computed> = {
  'VidURLs.image': { columns: ['feature_image'], get: (row) => row.feature_image ?? null },
};

export const v230 = new ShapeSet('2.3.0', shapes230, v230Computed);

export type { ListRegionsOptions, Region, RegionLevel, RegionProximity } from './region.types';
export { findRegion } from './find-region';
export {
  getRegion,
  isWithin,
  listRegions,
  regionAncestorCodes,
  regionEnglishName,
  regionPath,
  regionProximity,
  regionShortName,
} from './regions';

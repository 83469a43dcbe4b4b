export * from './entities/capability.entity';
export * from './entities/listing-status';
export * from './entities/need.entity';
export * from './entities/provider.entity';
export * from './entities/publication.entity';
export * from './import/import-rows.dto';
export * from './import/import.service';
export * from './listings.module';

export * from './conflict-declarations.service';
export * from './conflict-rules';
export * from './conflict-screen.service';
export * from './conflicts.module';
export * from './dto/conflicts.dto';
export * from './entities/conflict-declaration.entity';
export * from './entities/conflict-override.entity';
export * from './organization-names';

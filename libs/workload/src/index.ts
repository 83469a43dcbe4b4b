export * from './dto/workload.dto';
export * from './entities/work-assignment.entity';
export * from './overdue';
export * from './work-assignments.service';
export * from './work-items.service';
export * from './workload.module';
export * from './workload.schema';

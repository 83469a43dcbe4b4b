export * from './dto/funnel-report.dto';
export * from './funnel-export';
export * from './funnel-report.service';
export * from './funnel-steps';
export * from './reports.module';
export * from './station-report.service';

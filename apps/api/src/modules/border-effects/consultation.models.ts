import { ObjectType } from '@nestjs/graphql';
import { Connection } from '@api/core/pagination/connection';
import { Consultation } from './consultation.entity';

@ObjectType()
export class ConsultationConnection extends Connection(Consultation, 'Consultation') {}

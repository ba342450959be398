import { Answer, JSON } from './answer.js';
import { Document, Section } from './document.js';
import { Evidence, Responsibility } from './evidence.js';
import { Contact, Organization } from './organization.js';
import { Appointment, Group, Membership, Person, Supervision, Title } from './person.js';
import { Indicator, IndicatorQuery, TargetIndicator } from './indicator.js';
import { Query } from './query.js';
import { Target } from './target.js';
import { Project, Task } from './task.js';
import { DocumentProvisions, Provision, ProvisionQuery } from './provision.js';
import type { Resolvers } from '../generated/resolvers.js';

export const resolvers: Resolvers = {
  Query: { ...Query, ...IndicatorQuery, ...ProvisionQuery },
  Target: { ...Target, ...TargetIndicator },
  Indicator,
  Task,
  Project,
  Organization,
  Contact,
  Person,
  Title,
  Appointment,
  Membership,
  Group,
  Document: { ...Document, ...DocumentProvisions },
  Provision,
  Section,
  Supervision,
  Evidence,
  Responsibility,
  Answer,
  JSON,
};

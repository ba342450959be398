// graphql-codegen: the resolver types of the SDL the API serves (schema/*.graphql, the files
// src/api/schema.ts builds the schema from), with each object type mapped to the value its
// resolvers receive (src/api/rows.ts, src/api/context.ts). `npm run codegen` writes
// src/api/generated/resolvers.ts (checked in); `npm run codegen:check` (in `npm run lint`) fails
// when that file is not what the SDL and this config give.
import type { CodegenConfig } from '@graphql-codegen/cli';

const rows = (type: string) => `../rows.js#${type}`;

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/api/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../context.js#ApiContext',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { JSON: 'unknown', ID: 'string' },
        mappers: {
          Target: rows('TargetRow'),
          Task: rows('TaskRow'),
          Project: rows('ProjectRow'),
          Provision: rows('ProvisionRow'),
          Organization: rows('OrganizationRow'),
          Person: rows('PersonRow'),
          Group: rows('GroupRow'),
          Contact: rows('ContactRow'),
          Section: rows('SectionRow'),
          Gazette: rows('GazetteRow'),
          Document: rows('DocumentRow'),
          Jurisdiction: rows('JurisdictionRow'),
          Indicator: rows('IndicatorValue'),
          Responsibility: rows('ResponsibilityValue'),
          Title: rows('TitleValue'),
          Appointment: rows('AppointmentValue'),
          Membership: rows('MembershipValue'),
          Supervision: rows('SupervisionValue'),
          Evidence: '../context.js#EvidenceValue',
          Answer: '../context.js#AnswerValue',
        },
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;

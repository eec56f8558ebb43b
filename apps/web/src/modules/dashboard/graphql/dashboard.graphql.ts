import { graphql } from '@web/gql';

export const ProgrammeDashboardQuery = graphql(`
  query ProgrammeDashboard($filter: DashboardFilter) {
    programmeDashboard(filter: $filter) {
      period {
        from
        to
      }
      quarters {
        quarter
        start
        end
        logged
        closed
        closedByOutcome {
          outcome
          count
        }
        openAtEnd
      }
      stages {
        agenda {
          id
          code
          name
        }
        status
        stays
        medianDays
        p80Days
        now
      }
      waitingLongest {
        id
        reference
        agenda {
          id
          code
        }
        status
        since
        days
      }
      actionsByOwner {
        organisation {
          id
          code
          name
        }
        doneOnTime
        doneLate
        open
        overdueNow
        stalledNow
      }
      byTheme {
        theme {
          id
          code
          name
        }
        count
        open
      }
      byType {
        type
        count
        open
      }
      byArea {
        area
        count
        open
      }
    }
  }
`);

export const AnswerScoreboardQuery = graphql(`
  query AnswerScoreboard($filter: DashboardFilter) {
    answerScoreboard(filter: $filter) {
      period {
        from
        to
      }
      targets {
        onTimeShare
        warningDays
      }
      lines {
        ...ScoreboardLineFields
      }
      total {
        ...ScoreboardLineFields
      }
    }
  }
`);

export const ScoreboardLineFields = graphql(`
  fragment ScoreboardLineFields on ScoreboardLine {
    ministry {
      id
      code
      name
    }
    received
    answered
    answeredOnTime
    medianDaysToFirstAnswer
    returnedForRework
    escalatedToSecretariat
    escalatedToCommissioner
    openNow
    overdueNow
    dueSoonNow
    onTimeShare
    targetReached
  }
`);

// The managers' dashboard: one page, a view per hash route, every figure fetched from /dashboard/data.
// Text from the registers is only ever set as text nodes (el), never parsed as HTML.

const LEVELS = ['VERY_LOW', 'LOW', 'MODERATE', 'HIGH', 'VERY_HIGH'];
const LEVEL_LABELS = {VERY_LOW: 'Very low', LOW: 'Low', MODERATE: 'Moderate', HIGH: 'High', VERY_HIGH: 'Very high'};
const HEALTH_LABELS = {AT_RISK: 'At risk', WATCH: 'Watch', ON_TRACK: 'On track', NO_RISKS: 'No risks'};

const view = document.getElementById('view');

/** An element with attributes and children; strings and numbers become text nodes. */
function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on')) {
      element.addEventListener(name.substring(2), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) {
      continue;
    }
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

async function data(path) {
  const response = await fetch('/dashboard/data/' + path, {headers: {Accept: 'application/json'}});
  if (response.status === 401) {
    window.location.assign('/dashboard/login');
    throw new Error('Signed out');
  }
  if (!response.ok) {
    let detail = response.statusText;
    try {
      detail = (await response.json()).detail || detail;
    } catch (ignored) {
      // the status text says enough
    }
    throw new Error(detail);
  }
  return response.json();
}

const when = value => value ? new Date(value).toLocaleString('en-GB', {dateStyle: 'medium', timeStyle: 'short'}) : '';
const day = value => value ? new Date(value).toLocaleDateString('en-GB', {dateStyle: 'medium'}) : '';
const level = code => code ? el('span', {class: 'level level-' + code}, LEVEL_LABELS[code] || code) : '';
const label = code => code ? code.toLowerCase().replaceAll('_', ' ') : '';
const hours = value => value === null || value === undefined ? '–' : value < 1 ? Math.round(value * 60) + ' min'
    : value < 48 ? value.toFixed(1) + ' h' : (value / 24).toFixed(1) + ' d';

function table(id, headings, rows, empty) {
  if (rows.length === 0) {
    return el('p', {id, class: 'empty'}, empty);
  }
  return el('table', {id},
      el('thead', {}, el('tr', {}, headings.map(heading => el('th', {scope: 'col'}, heading)))),
      el('tbody', {}, rows));
}

function section(title, ...content) {
  return el('section', {}, el('h2', {}, title), content);
}

/** Bars proportional to the largest value, one per row. */
function bar(value, largest) {
  const width = largest === 0 ? 0 : Math.round(100 * value / largest);
  return el('span', {class: 'bar', style: `width: ${width}%`});
}

const assessmentLink = (id, text) => el('a', {href: '#/assessments/' + encodeURIComponent(id)}, text);

async function portfolio() {
  const [figures, overdue] = await Promise.all([data('portfolio'), data('overdue-tasks')]);
  const largest = Math.max(...figures.steps.map(step => step.assessments));
  return [
    el('h1', {}, 'Portfolio'),
    section('Active assessments by step',
        table('steps', ['Step', 'Assessments', '', 'Risks', 'Tasks completed', 'Median', '90th percentile'],
            figures.steps.map(step => el('tr', {'data-step': step.number},
                el('th', {scope: 'row'}, `${step.number}. ${step.name}`),
                el('td', {class: 'number assessments'}, step.assessments),
                el('td', {class: 'bar-cell'}, bar(step.assessments, largest)),
                el('td', {class: 'number risks'}, step.risks),
                el('td', {class: 'number'}, step.completedTasks),
                el('td', {class: 'number'}, hours(step.medianHours)),
                el('td', {class: 'number'}, hours(step.p90Hours))))),
        el('p', {class: 'note'}, `Cycle time: from a step's task being created to its completion, over the tasks`
            + ` completed in the last ${figures.cycleTimeWindowDays} days (the most recent`
            + ` ${figures.cycleTimeSample.toLocaleString('en')} of each step). Steps 1 and 2 count assessments,`
            + ` steps 3 to 6 the assessments whose risks stand there.`)),
    section(`Overdue tasks (${overdue.total})`,
        table('overdue', ['Task', 'Process', 'Held by', 'Due', 'Days overdue', 'Assessment'],
            overdue.tasks.map(task => el('tr', {'data-task-id': task.id},
                el('td', {}, el('a', {href: task.tasklistUrl}, task.name)),
                el('td', {}, task.process),
                el('td', {class: 'holder'}, task.assignee ? task.assignee
                    : 'group ' + task.candidateGroups.join(', ')),
                el('td', {}, day(task.due)),
                el('td', {class: 'number days-overdue'}, task.daysOverdue),
                el('td', {}, task.assessmentId ? assessmentLink(task.assessmentId, 'open') : ''))),
            'No task is past its due date.'))];
}

async function heatmap(parameters) {
  const shown = parameters.get('view') === 'residual' ? 'residual' : 'current';
  const figures = await data('heatmap');
  const cells = figures[shown];
  const cell = (likelihood, impact) => cells.find(c => c.likelihood === likelihood && c.impact === impact);
  const grid = el('table', {id: 'heatmap', class: 'heatmap', 'data-view': shown},
      el('caption', {}, shown === 'current' ? 'Risks by their latest assessment'
          : 'Risks by the residual likelihood and impact expected of their chosen treatment'),
      el('thead', {}, el('tr', {}, el('th', {scope: 'col'}, 'Likelihood \\ Impact'),
          LEVELS.map(impact => el('th', {scope: 'col'}, LEVEL_LABELS[impact])))),
      el('tbody', {}, [...LEVELS].reverse().map(likelihood => el('tr', {},
          el('th', {scope: 'row'}, LEVEL_LABELS[likelihood]),
          LEVELS.map(impact => {
            const figure = cell(likelihood, impact);
            const count = figure.count === 0 ? el('span', {class: 'count'}, '0')
                : el('a', {class: 'count', href: `#/risks?view=${shown}&likelihood=${likelihood}&impact=${impact}`,
                  title: `${figure.count} risk(s): open the list`}, figure.count);
            return el('td', {'data-likelihood': likelihood, 'data-impact': impact,
              class: figure.level ? 'level-' + figure.level : 'empty-cell'}, count);
          })))));
  const toggle = el('div', {class: 'toggle', role: 'group', 'aria-label': 'Heat map'},
      el('a', {id: 'show-current', href: '#/heatmap?view=current', 'aria-pressed': String(shown === 'current')},
          'Current risk'),
      el('a', {id: 'show-residual', href: '#/heatmap?view=residual', 'aria-pressed': String(shown === 'residual')},
          'Residual risk'));
  const total = cells.reduce((sum, c) => sum + c.count, 0);
  return [el('h1', {}, 'Heat map'), toggle, grid,
    el('p', {class: 'note'}, `${total} open risk(s). A cell takes the colour of the highest level recorded for its risks.`)];
}

async function risksInCell(parameters) {
  const shown = parameters.get('view') === 'residual' ? 'residual' : 'current';
  const likelihood = parameters.get('likelihood');
  const impact = parameters.get('impact');
  const risks = await data(`heatmap/risks?view=${shown}&likelihood=${encodeURIComponent(likelihood)}`
      + `&impact=${encodeURIComponent(impact)}`);
  return [
    el('h1', {}, `Risks at likelihood ${LEVEL_LABELS[likelihood] || likelihood},`
        + ` impact ${LEVEL_LABELS[impact] || impact} (${shown})`),
    el('p', {}, el('a', {href: '#/heatmap?view=' + shown}, 'Back to the heat map')),
    table('cell-risks', ['Risk', 'Level', 'Status', 'Assessment'], risks.map(risk => el('tr', {'data-risk-id': risk.id},
        el('td', {class: 'title'}, risk.title), el('td', {}, level(risk.level)), el('td', {}, label(risk.status)),
        el('td', {}, assessmentLink(risk.assessmentId, 'open')))), 'No risk stands in this cell.')];
}

async function goals() {
  const figures = await data('goals');
  const health = goal => el('span', {class: 'health health-' + goal.health.health}, HEALTH_LABELS[goal.health.health]);
  const rows = figures.flatMap(goal => [
    el('tr', {class: 'goal', 'data-goal': goal.id},
        el('th', {scope: 'row'}, `${goal.planId} goal ${goal.code}`), el('td', {}, goal.title),
        el('td', {class: 'number decisions'}, goal.decisions), el('td', {class: 'number'}, goal.health.risks),
        el('td', {}, health(goal))),
    ...goal.objectives.map(objective => el('tr', {class: 'objective', 'data-goal': objective.id},
        el('th', {scope: 'row'}, `objective ${objective.code}`), el('td', {}, objective.title),
        el('td', {class: 'number decisions'}, objective.decisions), el('td', {class: 'number'}, objective.health.risks),
        el('td', {}, health(objective))))]);
  return [el('h1', {}, 'Strategic goals'),
    table('goals', ['Goal or objective', 'Title', 'Decisions', 'Risks', 'Health'], rows, 'The catalog is empty.'),
    el('p', {class: 'note'}, 'At risk: a risk stays above its tolerance after treatment, or a treatment is overdue.'
        + ' Watch: a risk awaits its decision. A goal counts the open risks threatening it or any of its objectives.')];
}

async function intelligence() {
  const figures = await data('intelligence');
  const largest = Math.max(...figures.steps.map(step => step.requirements));
  const satisfied = figures.feedbackAnswers === 0 ? '–'
      : `${figures.feedbackSatisfied} of ${figures.feedbackAnswers}`;
  return [
    el('h1', {}, 'Intelligence'),
    section('Open requirements by step', table('requirement-steps', ['Step', 'Requirements', ''],
        figures.steps.map(step => el('tr', {'data-step': step.number},
            el('th', {scope: 'row'}, `${step.number}. ${step.name}`),
            el('td', {class: 'number requirements'}, step.requirements),
            el('td', {class: 'bar-cell'}, bar(step.requirements, largest)))))),
    section('Products released by marking', table('released', ['Marking', 'Products'],
        figures.releasedByMarking.map(marking => el('tr', {'data-marking': marking.marking},
            el('th', {scope: 'row'}, marking.label), el('td', {class: 'number'}, marking.products))))),
    section('Feedback from recipients',
        table('feedback', ['Aspect', 'Answers', 'Mean rating (1 very low – 5 very high)'],
            figures.feedback.map(aspect => el('tr', {'data-aspect': aspect.aspect},
                el('th', {scope: 'row'}, label(aspect.aspect)), el('td', {class: 'number'}, aspect.answers),
                el('td', {class: 'number'}, aspect.meanRating == null ? '–' : aspect.meanRating)))),
        el('p', {}, `Requirement satisfied, in the recipients' view: ${satisfied}.`)),
    section('Requirements past their latest time of value',
        table('lapsed', ['Question', 'Priority', 'Status', 'Latest time of value', 'Days past'],
            figures.pastLatestTimeOfValue.map(requirement => el('tr', {'data-requirement-id': requirement.id},
                el('td', {}, requirement.question), el('td', {}, label(requirement.priority)),
                el('td', {}, label(requirement.status)), el('td', {}, day(requirement.latestTimeOfValue)),
                el('td', {class: 'number'}, requirement.daysPast))),
            'No open requirement is past its latest time of value.'))];
}

async function assessments() {
  const page = await data('assessments?size=50');
  return [el('h1', {}, 'Assessments'),
    table('assessments', ['Assessment', 'Status', 'Iteration', 'Open risks', 'Highest level', 'Started by', 'Started'],
        page.items.map(assessment => el('tr', {'data-assessment-id': assessment.id},
            el('td', {}, assessmentLink(assessment.id, assessment.title)), el('td', {}, label(assessment.status)),
            el('td', {class: 'number'}, assessment.iteration), el('td', {class: 'number'}, assessment.openRisks),
            el('td', {}, level(assessment.highestCurrentLevel)), el('td', {}, assessment.createdBy),
            el('td', {}, when(assessment.createdAt)))),
        'No assessment has been started.'),
    el('p', {class: 'note'}, `The ${page.items.length} most recent of ${page.totalItems}.`)];
}

async function assessment(id) {
  const record = await data('assessments/' + encodeURIComponent(id));
  const summary = record.assessment;
  const context = summary.context;
  const risks = Object.fromEntries(record.risks.map(risk => [risk.id, risk.title]));
  return [
    el('h1', {id: 'assessment-title'}, summary.title),
    el('dl', {class: 'facts'},
        el('dt', {}, 'Status'), el('dd', {}, `${label(summary.status)}, iteration ${summary.iteration}`),
        el('dt', {}, 'Started'), el('dd', {}, `${when(summary.createdAt)} by ${summary.createdBy}`),
        context ? [el('dt', {}, 'Scope'), el('dd', {}, context.scope),
          el('dt', {}, 'Risk tolerance'), el('dd', {}, level(context.riskTolerance)),
          el('dt', {}, 'Goals at stake'), el('dd', {}, context.goalsAtStake.join(', ')),
          el('dt', {}, 'Decision deadline'), el('dd', {}, day(context.decisionDeadline))] : []),
    section('Risks', table('assessment-risks', ['Risk', 'Step', 'Current level', 'Residual level', 'Status', 'Owner'],
        record.risks.map(risk => el('tr', {'data-risk-id': risk.id},
            el('td', {class: 'title'}, risk.title), el('td', {}, risk.currentStep ? label(risk.currentStep) : ''),
            el('td', {}, level(risk.currentLevel)), el('td', {}, level(risk.residualLevel)),
            el('td', {}, label(risk.status)), el('td', {}, risk.owner || ''))), 'No risk identified yet.')),
    section('Decision records', table('decisions',
        ['Risk', 'Outcome', 'Treatment', 'Residual level', 'Authority', 'Decided by', 'When', 'Rationale'],
        record.decisions.map(decision => el('tr', {'data-decision-id': decision.id},
            el('td', {}, risks[decision.riskId] || decision.riskId), el('td', {}, label(decision.outcome)),
            el('td', {}, label(decision.treatment)), el('td', {}, level(decision.residualLevel)),
            el('td', {}, decision.decisionAuthority), el('td', {}, decision.decidedBy),
            el('td', {}, when(decision.decidedAt)), el('td', {}, decision.rationale))), 'No decision recorded yet.')),
    section('Open tasks', table('open-tasks', ['Task', 'Assignee', 'Due'],
        record.openTasks.map(task => el('tr', {'data-task-id': task.id},
            el('td', {}, el('a', {href: task.tasklistUrl}, task.name)), el('td', {}, task.assignee || 'unclaimed'),
            el('td', {}, day(task.due)))), 'No task is open.')),
    section('Process instances', table('instances', ['Instance', 'Started', 'Ended', ''],
        record.instances.map(instance => el('tr', {},
            el('td', {}, instance.name), el('td', {}, when(instance.startedAt)), el('td', {}, when(instance.endedAt)),
            el('td', {}, instance.cockpitUrl ? el('a', {href: instance.cockpitUrl}, 'Cockpit') : ''))))),
    section('Audit trail', table('assessment-trail', ['When', 'Who', 'What'],
        record.trail.map(entry => el('tr', {},
            el('td', {}, when(entry.at)), el('td', {class: 'who'}, entry.userId || 'RiskCycle'),
            el('td', {class: 'what'}, `${entry.action} ${entry.subject}`))), 'Nothing recorded yet.'))];
}

const ROUTES = [
  [/^\/portfolio$/, () => portfolio(), 'portfolio'],
  [/^\/heatmap$/, (match, parameters) => heatmap(parameters), 'heatmap'],
  [/^\/risks$/, (match, parameters) => risksInCell(parameters), 'heatmap'],
  [/^\/goals$/, () => goals(), 'goals'],
  [/^\/intelligence$/, () => intelligence(), 'intelligence'],
  [/^\/assessments$/, () => assessments(), 'assessments'],
  [/^\/assessments\/([^/]+)$/, match => assessment(decodeURIComponent(match[1])), 'assessments'],
];

async function show() {
  const [path, query] = (window.location.hash.substring(1) || '/portfolio').split('?');
  const parameters = new URLSearchParams(query || '');
  const route = ROUTES.find(([pattern]) => pattern.test(path)) || ROUTES[0];
  const match = path.match(route[0]) || [];
  document.querySelectorAll('nav a').forEach(link =>
    link.setAttribute('aria-current', link.dataset.view === route[2] ? 'page' : 'false'));
  const failure = document.getElementById('failure');
  view.setAttribute('aria-busy', 'true');
  try {
    const content = await route[1](match, parameters);
    failure.hidden = true;
    view.replaceChildren(...[content].flat());
    view.dataset.shown = route[2];
    document.title = `${view.querySelector('h1')?.textContent || 'Dashboard'} · RiskCycle`;
  } catch (error) {
    failure.textContent = 'The dashboard could not load this view: ' + error.message;
    failure.hidden = false;
  } finally {
    view.setAttribute('aria-busy', 'false');
  }
}

async function signedIn() {
  const session = await data('session');
  document.getElementById('user').textContent = session.userId;
  const token = document.getElementById('sign-out-token');
  token.name = session.csrfParameter;
  token.value = session.csrfToken;
}

window.addEventListener('hashchange', show);
signedIn().then(show, show);

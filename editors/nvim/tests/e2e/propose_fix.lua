--- Propose Fix with an LLM, against the fake provider (tests/support/fake_llm.py, its script in
--- SELFHEAL_E2E_LLM_SCRIPT, rewritten here for each phase): `python3 main.py` fails with a
--- TypeError no pattern fixes. With the provider refusing the key, :SelfhealProposeFix says so;
--- with a slow one, :SelfhealCancel stops it.
--- Then the code action "Propose a fix with anthropic (selfheal)" is listed; run, it shows the
--- change as a diff in a float and asks: "Cancel" leaves the buffer as it was, a yes after the
--- buffer changed under the question applies nothing, "Apply" fixes it; written and run again,
--- the script passes. Then, with the provider switched off (no key, the server restarted), the
--- same mistake in tool.py gets the quick fix learned from the accepted proposal, which fixes
--- it with no request to the LLM.

local H = dofile(vim.fs.joinpath(vim.fs.dirname(arg[0]), 'helpers.lua'))

local script_file = assert(os.getenv('SELFHEAL_E2E_LLM_SCRIPT'), 'SELFHEAL_E2E_LLM_SCRIPT')
local log_file = assert(os.getenv('SELFHEAL_E2E_LLM_LOG'), 'SELFHEAL_E2E_LLM_LOG')

local REPLY = table.concat({
  '{"title": "Pass the name to greet", "explanation": "greet() needs a name", "confidence": 0.8}',
  '<<<<<<< SEARCH',
  'print(greet())',
  '=======',
  'print(greet("world"))',
  '>>>>>>> REPLACE',
}, '\n')
local PROPOSE = 'Propose a fix with anthropic (selfheal)'

--- Replaces the fake's script whole (written aside, then renamed over it).
local function write_script(steps)
  local file = assert(io.open(script_file .. '.new', 'w'))
  file:write(vim.json.encode(steps))
  file:close()
  assert(os.rename(script_file .. '.new', script_file))
end

local function llm_requests()
  local file = io.open(log_file)
  if not file then
    return 0
  end
  local count = 0
  for line in file:lines() do
    if line ~= '' then
      count = count + 1
    end
  end
  file:close()
  return count
end

H.capture_notifications()
local notified = H.notified

--- The answer the stubbed question gives (or a function that gives it), and what it was shown
--- when asked.
local answer = false
local asked = {}
local function confirm_proposal(proposal, reply)
  local preview = require('selfheal.proposal').last_preview
  table.insert(asked, {
    proposal = proposal,
    float_open = proposal.win ~= nil and vim.api.nvim_win_is_valid(proposal.win),
    float_lines = vim.api.nvim_buf_get_lines(preview.bufnr, 0, -1, false),
  })
  -- Answered later, as a person would: the handler waits for it.
  vim.defer_fn(function()
    reply(type(answer) == 'function' and answer() or answer)
  end, 50)
end

--- Runs `command_line` with :SelfhealRun and waits for it to end.
local function run(command_line)
  local runner = require('selfheal.run')
  runner.last = nil
  vim.cmd('SelfhealRun ' .. command_line)
  H.wait_for('`' .. command_line .. '` to end', 30000, function()
    return runner.last and runner.last.done
  end)
  return runner.last
end

--- The titles of the code actions at the cursor, as `vim.lsp.buf.code_action` asks for them.
local function action_titles(client, bufnr)
  local params = vim.lsp.util.make_range_params(0, client.offset_encoding)
  local lnum = vim.api.nvim_win_get_cursor(0)[1] - 1
  local diagnostics = {}
  for _, d in ipairs(H.own_diagnostics(bufnr, client)) do
    if d.lnum == lnum then
      table.insert(diagnostics, d.user_data.lsp)
    end
  end
  params.context = { diagnostics = diagnostics }
  return vim.tbl_map(function(action)
    return action.title
  end, H.request(client, 'textDocument/codeAction', params, bufnr) or {})
end

--- Opens the file of the first error in the quickfix list; its buffer and client.
local function open_first_error(name)
  H.wait_for('the quickfix list to list the error', 10000, function()
    return #vim.fn.getqflist() > 0
  end)
  vim.cmd.cfirst()
  local bufnr = vim.api.nvim_get_current_buf()
  H.equal(vim.api.nvim_buf_get_name(bufnr), vim.fn.fnamemodify(name, ':p'), 'file opened')
  local client = H.attached_client(bufnr)
  H.wait_for('selfheal diagnostics on ' .. name, 10000, function()
    return #H.own_diagnostics(bufnr, client) > 0
  end)
  local diagnostic = H.own_diagnostics(bufnr, client)[1]
  H.check(
    diagnostic.message:find("missing 1 required positional argument: 'name'", 1, true),
    'the TypeError',
    diagnostic
  )
  vim.api.nvim_win_set_cursor(0, { diagnostic.lnum + 1, diagnostic.col })
  return bufnr, client
end

local function apply_action(title)
  vim.lsp.buf.code_action({
    apply = true,
    filter = function(action)
      return action.title == title
    end,
  })
end

--- Runs the Propose action with the question answered by `reply`; waits until the person is
--- told how it ended, and checks that the message says `expected`.
local function propose(what, reply, expected)
  local proposal = require('selfheal.proposal')
  proposal.last_outcome = nil
  answer = reply
  apply_action(PROPOSE)
  H.wait_for(what, 30000, function()
    return proposal.last_outcome ~= nil
  end)
  H.check(
    proposal.last_outcome.message:find(expected, 1, true),
    'the person is told: ' .. expected,
    proposal.last_outcome
  )
  return proposal.last_outcome
end

H.run('propose_fix', function()
  local proposal = require('selfheal.proposal')
  H.setup({ confirm_proposal = confirm_proposal })

  local failed = run('python3 main.py')
  H.check(failed.exit_code ~= 0, 'main.py fails', failed)
  local main, client = open_first_error('main.py')
  local original = vim.api.nvim_buf_get_lines(main, 0, -1, false)

  -- The provider refuses the key: the message says so, nothing is asked or changed.
  vim.cmd('SelfhealProposeFix')
  H.wait_for('the provider error', 30000, function()
    return proposal.last_outcome ~= nil
  end)
  local refused = proposal.last_outcome
  H.check(not refused.ok, 'a refused key is an error', refused)
  H.equal(vim.tbl_get(refused, 'err', 'data', 'reason'), 'provider', 'error reason')
  H.check(refused.message:find('key', 1, true), 'the message names the key', refused.message)
  H.check(notified[#notified].message == refused.message, 'shown with vim.notify', notified)
  H.equal(#asked, 0, 'questions asked after a provider error')

  -- A slow provider: :SelfhealCancel stops the proposal while it is asked for. The refused
  -- proposal's progress may end just after its answer arrived (the server's notifications and
  -- answers are separate streams): wait for it, so that the cancel below finds the new one.
  local commands = require('selfheal.commands')
  H.wait_for('the refused proposal to leave no work in progress', 5000, function()
    return commands.in_progress() == 0
  end)
  proposal.last_outcome = nil
  write_script({ { text = REPLY, delay_ms = 10000 } })
  vim.cmd('SelfhealProposeFix')
  H.wait_for('the proposal in progress', 10000, function()
    return commands.in_progress() > 0
  end)
  vim.cmd('SelfhealCancel')
  H.wait_for('the cancelled proposal to end', 5000, function()
    return proposal.last_outcome ~= nil
  end)
  H.equal(vim.tbl_get(proposal.last_outcome, 'err', 'data', 'reason'), 'cancelled', 'reason')
  H.equal(#asked, 0, 'questions asked after a cancel')
  H.equal(commands.in_progress(), 0, 'work in progress after the cancel')

  -- The provider answers at once from now on.
  write_script({ { text = REPLY } })
  local titles = action_titles(client, main)
  H.check(vim.tbl_contains(titles, PROPOSE), 'the Propose action is listed', titles)

  -- Cancel: the diff was shown, the buffer stays as it was.
  local declined = propose('the declined proposal to end', false, 'was not applied')
  H.check(declined.ok, 'declining is no error', declined)
  H.equal(#asked, 1, 'questions asked')
  local shown = asked[1]
  H.check(shown.float_open, 'the diff float is open while the question is asked', shown)
  local float = table.concat(shown.float_lines, '\n')
  for _, expected in ipairs({
    '# Pass the name to greet',
    'proposed by anthropic',
    '--- a/main.py',
    '+++ b/main.py',
    '-print(greet())',
    '+print(greet("world"))',
  }) do
    H.check(float:find(expected, 1, true), 'the float shows ' .. expected, float)
  end
  H.equal(shown.proposal.title, 'Pass the name to greet', 'the proposal title')
  H.check(
    not vim.api.nvim_win_is_valid(shown.proposal.win),
    'the float closes after the answer'
  )
  H.equal(vim.api.nvim_buf_get_lines(main, 0, -1, false), original, 'the buffer after Cancel')

  -- The buffer changes while the question is open: a yes then applies nothing (never blind).
  propose('the stale proposal to end', function()
    vim.api.nvim_buf_set_lines(main, -1, -1, false, { '# edited meanwhile' })
    return true
  end, 'the document changed')
  local edited = vim.list_extend(vim.deepcopy(original), { '# edited meanwhile' })
  H.equal(vim.api.nvim_buf_get_lines(main, 0, -1, false), edited, 'the buffer after a stale yes')
  vim.api.nvim_buf_set_lines(main, -2, -1, false, {})

  -- Apply: the buffer gets the fix; written and run again, the error is gone.
  propose('the accepted proposal to end', true, 'applied "Pass the name to greet"')
  local fixed_line = vim.api.nvim_buf_get_lines(main, 2, 3, false)[1]
  H.equal(fixed_line, 'print(greet("world"))', 'the fixed line')
  vim.cmd.write()
  local passed = run('python3 main.py')
  H.equal(passed.exit_code, 0, 'the exit code of python3 main.py after the fix')
  H.wait_for('selfheal to clear its diagnostics on main.py', 10000, function()
    return #H.own_diagnostics(main, client) == 0
  end)
  local requests = llm_requests()
  H.check(requests >= 5, 'the fake LLM was asked five times', requests)

  -- The provider switched off: no key, the server restarted.
  vim.env.ANTHROPIC_API_KEY = nil
  vim.env.SELFHEAL_LLM_BASE_URL = nil
  vim.lsp.enable('selfheal', false)
  for _, running in ipairs(vim.lsp.get_clients({ name = 'selfheal' })) do
    running:stop()
  end
  H.wait_for('the server to stop', 10000, function()
    return #vim.lsp.get_clients({ name = 'selfheal' }) == 0
  end)
  vim.lsp.enable('selfheal')

  -- The same mistake in tool.py: the learned quick fix, no LLM.
  local tool_failed = run('python3 tool.py')
  H.check(tool_failed.exit_code ~= 0, 'tool.py fails', tool_failed)
  local tool, tool_client = open_first_error('tool.py')
  local learned
  H.wait_for('the learned quick fix to be offered', 15000, function()
    titles = action_titles(tool_client, tool)
    learned = vim.iter(titles):find(function(title)
      return title:find('(learned from your fix)', 1, true) ~= nil
    end)
    return learned ~= nil
  end)
  H.log('the learned quick fix: ' .. learned)
  H.check(not vim.tbl_contains(titles, PROPOSE), 'no Propose action without a provider', titles)
  apply_action(learned)
  H.wait_for('the learned fix to change tool.py', 10000, function()
    return vim.api.nvim_buf_get_lines(tool, 3, 4, false)[1] == 'print(greet("world"))'
  end)
  vim.cmd.write()
  H.equal(run('python3 tool.py').exit_code, 0, 'the exit code of python3 tool.py after the fix')
  H.equal(llm_requests(), requests, 'requests to the LLM after it was switched off')
end)

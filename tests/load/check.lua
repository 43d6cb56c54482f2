-- wrk script: POST /api/check with the complete adult application.
function init(args)
  local file = io.open("tests/load/adult.json", "r")
  local body = file:read("*a")
  file:close()
  wrk.method = "POST"
  wrk.body = body
  wrk.headers["Content-Type"] = "application/json"
end

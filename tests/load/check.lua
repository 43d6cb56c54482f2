-- wrk script: POST /api/check with the complete adult application.
function init(args)
  local file = io.open("tests/load/adult.json", "r")
  body = file:read("*a")
  file:close()
end

function request()
  return wrk.format("POST", "/api/check", { ["Content-Type"] = "application/json" }, body)
end

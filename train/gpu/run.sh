#!/usr/bin/env bash
# On the borrowed GPU machine, from the repository root: install the kit's wheels, unpack ../shared and the
# encoder, run one plan (docs/training.md, "On a borrowed GPU machine").
#   export T0=$(date +%s); bash train/gpu/run.sh train/gpu/plans/PLAN.yaml [KIT]
set -u
PLAN=${1:?plan}; KIT=${2:-.devrun}
export T0=${T0:-$(date +%s)}
python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site "$KIT"/whl/*.whl || exit 3
export PYTHONPATH=$PWD/src:/tmp/site
if ! python3 -c "import datasets, seqeval, pycrfsuite, rapidfuzz"; then
  echo "the kit's datasets does not import here: the fallback wheels"
  rm -rf /tmp/site/datasets* /tmp/site/dill* /tmp/site/multiprocess*
  python3 -m pip install -q --no-index --no-deps --no-compile --no-cache-dir --upgrade --target /tmp/site "$KIT"/whl_fallback/*.whl || exit 3
  python3 -c "import datasets, seqeval, pycrfsuite, rapidfuzz" || exit 4
fi
mkdir -p ../shared && tar -C ../shared -xJf "$KIT"/shared.tar.xz || exit 5
mkdir -p models && for f in "$KIT"/*.tar.xz; do [ "$(basename "$f")" = shared.tar.xz ] || tar -C models -xJf "$f" || exit 6; done
python3 -c "import torch, transformers, datasets; print(torch.__version__, transformers.__version__, datasets.__version__, torch.cuda.get_device_name(0) if torch.cuda.is_available() else 'no GPU')"
echo "setup took $(( $(date +%s) - T0 )) s"
python3 -u train/gpu/run_plan.py "$PLAN" --out "${OUT:-runs/gpu-out}"

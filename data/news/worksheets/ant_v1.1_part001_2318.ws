# ant_v1.1_part001_2318 (annotator24)
@P1
GPE | سوريا | p1_syria

@P2
ORG | وات | p2_tap
DATE | اليوم الأحد | p2_sunday
GPE | سوريا | p2_syria

@P3
ORG | اللجنة الوطنية لمكافحة الإرهاب | p3_cnlct
ORG | المركز الإفريقي لتدريب الصحفيين والاتصاليين | p3_capjc
NORP | التونسيين | p3_tunisians
